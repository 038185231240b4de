/** Whole seconds from an instant to now; never negative when the server's clock runs ahead. */
export const secondsSince = (since: string, nowMs: number): number => Math.max(0, Math.floor((nowMs - Date.parse(since)) / 1000));

const two = (n: number) => String(n).padStart(2, '0');

/** A duration as the floor shows it: "4:05", or "1:04:05" past an hour (average handle time, time in state). */
export function formatMinutesSeconds(totalSeconds: number): string {
  const whole = Math.round(totalSeconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(whole % 60)}` : `${minutes}:${two(whole % 60)}`;
}
