import { z } from 'zod';
import { Id, Instant } from './common';

/** How a call ended: the operator picks one when the caller hangs up. */
export const WrapUpCode = z.enum([
  'booked',
  'rescheduled',
  'cancelled',
  'information',
  'no_availability',
  'caller_declined',
  'dropped',
  'transferred',
]);
export type WrapUpCode = z.infer<typeof WrapUpCode>;

/** One phone call taken at the console: started when the phone rings, ended with a wrap-up code. */
export const Call = z.object({
  id: Id,
  operatorId: Id,
  startedAt: Instant,
  endedAt: Instant.nullable(),
  wrapUpCode: WrapUpCode.nullable(),
  applicantId: Id.nullable(),
  appointmentId: Id.nullable(),
  note: z.string().nullable(),
  durationSeconds: z.number().int().nonnegative().nullable(),
});
export type Call = z.infer<typeof Call>;

export const StartCallBody = z.strictObject({}).optional();
export type StartCallBody = z.infer<typeof StartCallBody>;

export const EndCallBody = z.strictObject({
  wrapUpCode: WrapUpCode,
  applicantId: Id.optional(),
  appointmentId: Id.optional(),
  note: z.string().trim().max(500).optional(),
});
export type EndCallBody = z.infer<typeof EndCallBody>;

export const CallParams = z.strictObject({ id: Id });
