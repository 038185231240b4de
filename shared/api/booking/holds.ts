import { z } from 'zod';
import { Id, Instant, ProcedureId } from '../common';

export const Hold = z.object({
  id: Id,
  slotId: Id,
  applicantId: Id,
  procedureId: ProcedureId,
  expiresAt: Instant,
  /** Set when the hold is the new seat of a reschedule. */
  replacesAppointmentId: Id.nullable().optional(),
});
export type Hold = z.infer<typeof Hold>;

export const CreateHoldBody = z.strictObject({
  slotId: Id,
  applicantId: Id,
  procedureId: ProcedureId,
  replacesAppointmentId: Id.optional(),
});
export type CreateHoldBody = z.infer<typeof CreateHoldBody>;

export const HoldParams = z.strictObject({ id: Id });
