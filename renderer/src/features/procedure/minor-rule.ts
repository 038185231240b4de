import type { Bilingual } from '../../../../shared/api/common';
import { ageOn } from '../../lib/age';

/**
 * Minors cannot get the adult passports: their passport needs both parents and form OP-7. The
 * operator is warned before booking the wrong service, which would send the family home.
 */
export const ADULT_PASSPORT_IDS: ReadonlySet<string> = new Set(['passport-first', 'passport-renewal']);
export const MINOR_PASSPORT_ID = 'passport-minor';
export const AGE_OF_MAJORITY = 18;

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
