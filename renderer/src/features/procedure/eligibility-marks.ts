import type { Applicant } from '../../../../shared/api/applicants';
import type { Procedure } from '../../../../shared/api/reference/procedures';
import { ineligibilityOn, type Ineligibility } from '../../../../shared/domain/booking/eligibility';

/**
 * The procedures this caller cannot have on `onDate` (the chosen slot's date, or the first day one
 * could be booked), each with why and what instead: the same rule the server refuses holds with,
 * so the operator is told before reaching the slots.
 */
export function ineligibleProcedures(
  applicant: Pick<Applicant, 'birthDate' | 'curp' | 'noCurpReason'> | null,
  procedures: readonly Procedure[],
  onDate: string,
): ReadonlyMap<string, Ineligibility> {
  const out = new Map<string, Ineligibility>();
  if (!applicant) return out;
  const person = {
    birthDate: applicant.birthDate,
    curp: applicant.curp,
    noCurpReason: applicant.noCurpReason,
  };
  for (const procedure of procedures) {
    const refusal = ineligibilityOn(person, procedure, onDate, procedures);
    if (refusal) out.set(procedure.id, refusal);
  }
  return out;
}
