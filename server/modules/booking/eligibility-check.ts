import type { Transaction } from 'kysely';
import type { NotEligibleDetails } from '../../../shared/api/booking/not-eligible';
import { describeIneligibility, ineligibilityOn } from '../../../shared/domain/booking/eligibility';
import type { ApplicantRow, Database } from '../../platform/db/schema';
import { listProcedureRules } from '../reference';
import { DomainError, notFound } from '../../kernel/domain-error';

/**
 * Refuses a booking the consulate would turn away at the window: the applicant's age on the slot's
 * consulate-local date, and whether the procedure serves a person without a CURP. Checked when a
 * seat is held and again when it is booked (a reschedule's new date too).
 */
export async function checkEligibility(
  trx: Transaction<Database>,
  applicant: Pick<ApplicantRow, 'birth_date' | 'curp' | 'no_curp_reason'>,
  procedureId: string,
  localDate: string,
): Promise<void> {
  const procedures = await listProcedureRules(trx);
  const procedure = procedures.find((p) => p.id === procedureId);
  if (!procedure) throw notFound('That procedure');
  const person = {
    birthDate: applicant.birth_date,
    curp: applicant.curp,
    noCurpReason: applicant.no_curp_reason,
  };
  const refusal = ineligibilityOn(person, procedure, localDate, procedures);
  if (!refusal) return;
  const suggested = procedures.find((p) => p.id === refusal.suggestedProcedureId) ?? null;
  const details: NotEligibleDetails = {
    ...refusal,
    procedureName: procedure.name,
    suggestedProcedureName: suggested?.name ?? null,
  };
  throw new DomainError('not_eligible', describeIneligibility(refusal), details);
}
