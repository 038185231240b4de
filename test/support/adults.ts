/**
 * Seeded applicants found by a search include minors (born 2009 or later), and who is a minor
 * depends on the day the suite runs: someone born in 2009 turns 18 during 2027. A test that books
 * a procedure for adults (matrícula, adult passports) with a seeded caller picks one who is 18 on
 * the consulate's today, hence on any later appointment date.
 */

/** Whether someone born on `birthDate` is 18 or older on `date` (both `YYYY-MM-DD`, local dates). */
export function isAdultOn(birthDate: string, date: string): boolean {
  // The 18th birthday as a string compares as a date; a 29 February one falls on 1 March.
  const eighteenth = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  return eighteenth <= date;
}

/** The people who are 18 or older on `date`, in their order; throws when fewer than `atLeast`. */
export function adultsOn<T extends { birthDate: string }>(
  people: readonly T[],
  date: string,
  atLeast = 1,
): T[] {
  const adults = people.filter((p) => isAdultOn(p.birthDate, date));
  if (adults.length < atLeast)
    throw new Error(
      `only ${adults.length} of ${people.length} people are adults on ${date}; ${atLeast} needed (search wider)`,
    );
  return adults;
}
