import { z } from 'zod';
import { ConsulateId, Id, LocalDate, ProcedureId } from '../common';
import { DependentAppointment } from './dependent-appointments';

/** The prerequisite booking a 409 `prerequisite_missing` is about (the document review). */
export const PrerequisiteBooking = z.object({
  appointmentId: Id,
  confirmationCode: z.string(),
  consulateId: ConsulateId,
  date: LocalDate,
  procedureId: ProcedureId,
});

/**
 * `details` of a 409 `prerequisite_missing`: either the booking the visit would follow (too close, or
 * at another consulate: `firstAllowedDate` null) or none; or, for a move of that booking, the coming
 * visits it would leave without their prerequisite.
 */
export const PrerequisiteMissingDetails = z.union([
  z.object({
    prerequisite: PrerequisiteBooking.nullable(),
    firstAllowedDate: LocalDate.nullable(),
    gapDays: z.number().int().nonnegative(),
  }),
  z.object({ dependents: z.array(DependentAppointment) }),
]);
export type PrerequisiteMissingDetails = z.infer<typeof PrerequisiteMissingDetails>;
