/** Whole seconds from an instant to now; never negative when the server's clock runs ahead. */
export const secondsSince = (since: string, nowMs: number): number =>
  Math.max(0, Math.floor((nowMs - Date.parse(since)) / 1000));

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A duration read at a glance: "3:07", or "1:03:07" past an hour (time in a state, average handle
 * time, a practice call against its target). Rounded to the second, never negative.
 */
export function formatElapsed(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(whole % 60)}` : `${minutes}:${two(whole % 60)}`;
}
