import { z } from 'zod';
import { ConsulateId, Id, LocalDate, LocalDateTime, ProcedureId } from '../common';

/** A coming appointment that depends on another (a birth registration on its document review). */
export const DependentAppointment = z.object({
  appointmentId: Id,
  confirmationCode: z.string(),
  procedureId: ProcedureId,
  consulateId: ConsulateId,
  /** Its consulate-local date. */
  date: LocalDate,
  localStart: LocalDateTime.optional(),
});
export type DependentAppointment = z.infer<typeof DependentAppointment>;

/**
 * `details` of a 409 `dependent_appointment` (cancelling a review a registration depends on) and of
 * a 409 `prerequisite_missing` for a move that would break one: the appointments concerned.
 */
export const DependentAppointmentsDetails = z.object({ dependents: z.array(DependentAppointment) });
export type DependentAppointmentsDetails = z.infer<typeof DependentAppointmentsDetails>;
