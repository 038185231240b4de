import { z } from 'zod';
import { ConsulateId, Id, Instant, LocalDate, ServiceDate } from './common';

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
  /** `inbound`: routed to the operator; `outbound`: the operator called the applicant. */
  direction: z.enum(['inbound', 'outbound']),
  /** Who closed the call's record: the operator (with a wrap-up), or the server after its limit. */
  endedBy: z.enum(['operator', 'server']).nullable(),
  /** When the line ended (the caller or the operator hung up); the wrap-up may still be open. */
  hungUpAt: Instant.nullable(),
});
export type Call = z.infer<typeof Call>;

/**
 * `POST /api/calls`: the operator dials out (calls come in through the routing). It may name the
 * applicant being called back, and the appointment the call is about.
 */
export const StartCallBody = z
  .strictObject({
    applicantId: Id.optional(),
    appointmentId: Id.optional(),
  })
  .optional();
export type StartCallBody = z.infer<typeof StartCallBody>;

export const EndCallBody = z.strictObject({
  wrapUpCode: WrapUpCode,
  applicantId: Id.optional(),
  appointmentId: Id.optional(),
  note: z.string().trim().max(500).optional(),
});
export type EndCallBody = z.infer<typeof EndCallBody>;

export const CallParams = z.strictObject({ id: Id });

/** `GET`/`PUT /api/floor/settings`: the call center's limits a lead sets. */
export const CallCenterSettings = z.strictObject({
  /**
   * Seconds an operator has to finish the wrap-up once the line ended; after them the server
   * closes the call (`endedBy: "server"`) and the operator is available again.
   */
  wrapUpLimitSeconds: z
    .number()
    .int()
    .min(15, 'must be at least 15 seconds')
    .max(3600, 'must be at most an hour'),
});
export type CallCenterSettings = z.infer<typeof CallCenterSettings>;

/** `POST /api/floor/outbound-lists`: a closed day's appointments to rebook become calls to make. */
export const OutboundListBody = z.strictObject({
  consulateId: ConsulateId,
  date: ServiceDate,
});
export type OutboundListBody = z.infer<typeof OutboundListBody>;

export const OutboundList = z.object({
  consulateId: ConsulateId,
  date: LocalDate,
  /** The queue the calls wait in: operators of that queue are offered them like any call. */
  queueId: Id,
  /** Calls this request added (one per appointment with a phone). */
  created: z.number().int().nonnegative(),
  /** Appointments already on the list from an earlier request (nothing added for them). */
  alreadyListed: z.number().int().nonnegative(),
  /** Appointments whose applicant has no phone: nobody can call them; rebook them another way. */
  skippedWithoutPhone: z.number().int().nonnegative(),
  /** The calls of the list (new and earlier), in the day's order. */
  callIds: z.array(Id),
});
export type OutboundList = z.infer<typeof OutboundList>;
