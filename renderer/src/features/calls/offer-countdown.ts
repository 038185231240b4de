/**
 * Seconds left to answer an offer, on this console's clock: the offer is open for the time the
 * server gave it (expiresAt − offeredAt, both the server's), counted from when it arrived here — so a
 * console whose clock is off still shows the right time. Never negative; rounded up (a ring with
 * 0.4 s left still shows 1), and never above the window (the console's one-second clock may have
 * last ticked just before the offer arrived).
 */
export function offerSecondsLeft(windowMs: number, receivedAt: number, now: number): number {
  // A second clock that last ticked before the offer arrived counts from the arrival.
  const elapsed = Math.max(0, now - receivedAt);
  return Math.max(0, Math.ceil((windowMs - elapsed) / 1000));
}
