/** Minutes since midnight of a wall time `HH:mm` (`24:00` is the end of the day). */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not a time HH:mm: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The wall time `HH:mm` of minutes since midnight. */
export function wallTimeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
