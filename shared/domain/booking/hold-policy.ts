/**
 * A hold keeps a seat for a caller while the booking is completed; it lapses on its
 * own so abandoned calls (and hoarding bots) return seats to the pool.
 */

/** Five minutes: long enough to read back the applicant's data, short enough to deter hoarding. */
export const DEFAULT_HOLD_TTL_SECONDS = 300;

export function holdExpiresAt(now: Date, ttlSeconds: number): Date {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0)
    throw new RangeError(`hold TTL must be positive, got ${ttlSeconds}`);
  return new Date(now.getTime() + ttlSeconds * 1000);
}

/**
 * Live strictly before its expiry instant: at the exact instant the seat is free again,
 * so a hold and a new booking never both own it. An unparseable expiry is not live.
 */
export function isHoldLive(expiresAt: string | Date, now: Date): boolean {
  const expiry = typeof expiresAt === 'string' ? Date.parse(expiresAt) : expiresAt.getTime();
  return now.getTime() < expiry;
}
