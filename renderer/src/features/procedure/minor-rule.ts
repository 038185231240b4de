import type { Bilingual } from '../../../../shared/api/common';

/**
 * Minors cannot get the adult passports: their passport needs both parents and form OP-7. The
 * operator is warned before booking the wrong service, which would send the family home.
 */
export const ADULT_PASSPORT_IDS: ReadonlySet<string> = new Set(['passport-first', 'passport-renewal']);
export const MINOR_PASSPORT_ID = 'passport-minor';
export const AGE_OF_MAJORITY = 18;

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD); a 29 February birthday falls on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The caller's age when the procedure chosen is an adult passport and the caller is a minor, else null. */
export function minorOnAdultPassport(procedureId: string | null, birthDate: string | null | undefined, today: string): number | null {
  if (!procedureId || !birthDate || !ADULT_PASSPORT_IDS.has(procedureId)) return null;
  const age = ageOn(birthDate, today);
  return age < AGE_OF_MAJORITY ? age : null;
}

/** In the minor's passport, the requirements about both parents (their presence and form OP-7) decide the visit. */
export function isParentalConsentRequirement(procedureId: string | null, requirement: Bilingual): boolean {
  return procedureId === MINOR_PASSPORT_ID && /\bambos padres\b/i.test(requirement.es);
}

/** The operator's calendar date (YYYY-MM-DD) on this machine's clock. */
export function localDateOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
