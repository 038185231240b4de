import { z } from 'zod';
import { Bilingual, ConsulateId, Id, Instant, LocalDateTime, ProcedureId, listOf } from '../common';

export const AppointmentStatus = z.enum(['booked', 'cancelled']);

/**
 * Set when the appointment's consulate-local day is closed (a holiday of the office calendar or a
 * lead's closure): the appointment stays `booked`, so it keeps its place in the rebooking list, but
 * nobody may tell the caller it stands. Null again once a lead reopens the day.
 */
export const AppointmentClosure = z.object({
  /** Why, in Spanish (the holiday's name or the lead's words). */
  reason: z.string(),
  closedAt: Instant,
  kind: z.enum(['holiday', 'closure']),
  /** The reason in both languages (a lead's words are the same in both). */
  reasonText: Bilingual,
});
export type AppointmentClosure = z.infer<typeof AppointmentClosure>;

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
  closure: AppointmentClosure.nullable(),
  /** A rescheduled appointment reads as cancelled and names the appointment that replaced it. */
  rescheduledTo: Id.optional(),
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

export const CancelAppointmentBody = z
  .strictObject({
    reason: z.string().trim().max(200).optional(),
    /** Also cancel the appointments that depend on this one (a registration on its review). */
    cancelDependents: z.boolean().optional(),
  })
  .optional();

export const RescheduleAppointmentBody = z.strictObject({ slotId: Id });
export type RescheduleAppointmentBody = z.infer<typeof RescheduleAppointmentBody>;
