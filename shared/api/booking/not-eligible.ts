import { z } from 'zod';
import { NoCurpReason } from '../applicants';
import { Bilingual, LocalDate, ProcedureId } from '../common';

const base = {
  procedureId: ProcedureId,
  procedureName: Bilingual,
  /** The age the person will have on `onDate`, the appointment's consulate-local date. */
  age: z.number().int().nonnegative(),
  onDate: LocalDate,
  /** What to book instead (the minor's passport for a 17-year-old), or null. */
  suggestedProcedureId: ProcedureId.nullable(),
  suggestedProcedureName: Bilingual.nullable(),
};

/**
 * `details` of a 409 `not_eligible`: the facts behind the message, so a console words the refusal
 * in its own language ("la persona tendrá 17 años el 3 de marzo: agende pasaporte para menores").
 */
export const NotEligibleDetails = z.discriminatedUnion('reason', [
  z.object({
    ...base,
    reason: z.literal('too_young'),
    minAge: z.number().int().nonnegative(),
    eligibleFrom: LocalDate,
  }),
  z.object({
    ...base,
    reason: z.literal('too_old'),
    maxAge: z.number().int().nonnegative(),
    eligibleUntil: LocalDate,
  }),
  z.object({ ...base, reason: z.literal('needs_curp'), noCurpReason: NoCurpReason.nullable() }),
]);
export type NotEligibleDetails = z.infer<typeof NotEligibleDetails>;
