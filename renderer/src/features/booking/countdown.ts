/**
 * The hold's countdown, as pure arithmetic: what is left, how it reads ("04:59"), and when the
 * operator must be warned — when at most min(60 s, 40 % of the hold's full duration) remains.
 */

export const WARNING_CAP_MS = 60_000;
export const WARNING_SHARE = 0.4;

export type HoldPhase = 'calm' | 'warning' | 'expired';

/** Milliseconds left before `expiresAt`, never negative. */
export const remainingMs = (expiresAt: string, nowMs: number): number =>
  Math.max(0, Date.parse(expiresAt) - nowMs);

/** How early the warning comes for a hold that lasts `fullMs` in all. */
export const warningThresholdMs = (fullMs: number): number =>
  Math.min(WARNING_CAP_MS, WARNING_SHARE * Math.max(0, fullMs));

export function holdPhase(remaining: number, fullMs: number): HoldPhase {
  if (remaining <= 0) return 'expired';
  return remaining <= warningThresholdMs(fullMs) ? 'warning' : 'calm';
}

/**
 * The hold's full duration as this console has seen it: the longest span from a moment it looked
 * to the expiry it was given (the first look, or an extension). A later, shorter expiry does not
 * shrink it, so the warning threshold keeps the scale of the hold the server granted.
 */
export const observedDuration = (previousMs: number | undefined, expiresAt: string, nowMs: number): number =>
  Math.max(previousMs ?? 0, Date.parse(expiresAt) - nowMs);

/** "mm:ss", whole seconds rounded up (a hold with 0.2 s left still shows 00:01). */
export function formatCountdown(ms: number, locale: string): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${two.format(Math.floor(totalSeconds / 60))}:${two.format(totalSeconds % 60)}`;
}
