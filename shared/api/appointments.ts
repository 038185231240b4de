import { z } from 'zod';
import { ConsulateId, Id, Instant, LocalDateTime, ProcedureId, listOf } from './common';

export const AppointmentStatus = z.enum(['booked', 'cancelled']);

export const Appointment = z.object({
  id: Id,
  confirmationCode: z.string(),
  status: AppointmentStatus,
  slotId: Id,
  consulateId: ConsulateId,
  applicantId: Id,
  procedureId: ProcedureId,
  start: Instant,
  localStart: LocalDateTime,
});
export type Appointment = z.infer<typeof Appointment>;
export const AppointmentList = listOf(Appointment);

export const ConfirmAppointmentBody = z.strictObject({ holdId: Id });
export type ConfirmAppointmentBody = z.infer<typeof ConfirmAppointmentBody>;

export const IdempotencyKey = z
  .string({ error: 'the Idempotency-Key header is required' })
  .min(8, 'Idempotency-Key must have at least 8 characters')
  .max(128, 'Idempotency-Key is too long')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'Idempotency-Key may contain only letters, digits and - _ . :');

export const AppointmentListQuery = z.object({ applicantId: Id });
export const AppointmentParams = z.strictObject({ id: Id });

export const CancelAppointmentBody = z.strictObject({ reason: z.string().trim().max(200).optional() }).optional();

export const RescheduleAppointmentBody = z.strictObject({ slotId: Id });
export type RescheduleAppointmentBody = z.infer<typeof RescheduleAppointmentBody>;
