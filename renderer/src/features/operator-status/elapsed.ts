/** Whole seconds from an instant to now; never negative when the server's clock runs ahead. */
export const secondsSince = (since: string, nowMs: number): number => Math.max(0, Math.floor((nowMs - Date.parse(since)) / 1000));

const two = (n: number) => String(n).padStart(2, '0');

/** "3:07", or "1:03:07" past an hour: the time in a state, read at a glance. */
export function formatElapsed(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
