/** Seconds as the score shows them: `m:ss` (`12:05`), never negative. */
export function formatMinutes(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
