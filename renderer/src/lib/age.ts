/** Today's calendar date on this machine's clock, where the operator sits, `YYYY-MM-DD`. */
export const localToday = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * Completed years between a birth date and `today` (both `YYYY-MM-DD`): a year older on the
 * birthday itself; a 29 February birthday falls on 1 March in common years.
 */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
