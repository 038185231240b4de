/**
 * Ages on calendar dates (`YYYY-MM-DD`, consulate-local or a birth date: labels, not instants, so a
 * time zone or a daylight-saving change never moves them).
 *
 * A person is a year older on their birthday itself. A 29 February birthday is reached on 1 March
 * in common years (the day after 28 February, when the 29th does not exist): the reading of Mexico's
 * civil codes, where a period of years ends on the same-numbered day, and a day that does not exist
 * in that month is passed only when the next month begins.
 */

/** Completed years between `birthDate` and `onDate`. */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // 'MM-DD' compare as text; '02-28' < '02-29' < '03-01', which gives the 1 March rule above.
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The date on which a person born on `birthDate` turns `age` (1 March for 29 February in common years). */
export function dateOfTurning(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const monthDay = birthDate.slice(5);
  const day = monthDay === '02-29' && !isLeapYear(year) ? '03-01' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}
