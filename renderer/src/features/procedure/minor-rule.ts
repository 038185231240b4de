import type { Bilingual } from '../../../../shared/api/common';

/** The minor's passport: both parents and form OP-7 decide whether the family is served. */
export const MINOR_PASSPORT_ID = 'passport-minor';

/** In the minor's passport, the requirements about both parents (their presence and form OP-7) decide the visit. */
export function isParentalConsentRequirement(procedureId: string | null, requirement: Bilingual): boolean {
  return procedureId === MINOR_PASSPORT_ID && /\bambos padres\b/i.test(requirement.es);
}
