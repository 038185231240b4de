import { z } from 'zod';
import { normalizePhone } from '../domain/phone/phone';
import { Applicant } from './applicants';
import { ConsulateId, Id, Instant, ProcedureId } from './common';

/**
 * Calls routed to operators (CONTRACT.md v2, "Calls routed to operators"): the telephony side posts a
 * call, it waits in a queue, the server offers it to one operator at a time, the operator accepts it
 * and the call lives on the server until its wrap-up is done.
 */

/** The languages the phone line answers in; an operator speaks one or both. */
export const CallLanguage = z.enum(['es', 'en']);
export type CallLanguage = z.infer<typeof CallLanguage>;

/** The line: waiting in a queue → offered to an operator → connected → ended; or abandoned before an answer. */
export const RoutedCallStatus = z.enum(['waiting', 'offered', 'connected', 'ended', 'abandoned']);
export type RoutedCallStatus = z.infer<typeof RoutedCallStatus>;

export const CallDirection = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof CallDirection>;

/** A caller's number in any usual spelling of the US, Canada (+1) or Mexico (+52), answered in E.164. */
export const CallerNumber = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(32, 'is too long')
  .transform((value, ctx) => {
    const e164 = normalizePhone(value);
    if (e164 === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'is not a phone number of the US, Canada (+1) or Mexico (+52)',
      });
      return z.NEVER;
    }
    return e164;
  });

/** `POST /api/telephony/calls`: a call arrives. Without `queueId` the routing rules choose the queue. */
export const ReceiveCallBody = z.strictObject({
  providerCallId: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(128, 'is too long')
    .regex(/^[\x21-\x7e]+$/, 'must be printable characters without spaces'),
  from: CallerNumber,
  language: CallLanguage,
  queueId: Id.optional(),
  /** The IVR's choice (the digits the caller pressed): the routing rules map it to a queue. */
  ivrChoice: z
    .string()
    .regex(/^[0-9*#]{1,8}$/, 'must be the digits the caller pressed')
    .optional(),
  /** The number the caller dialled: the routing rules may map it to a queue. */
  to: z.string().trim().max(32, 'is too long').optional(),
});
export type ReceiveCallBody = z.input<typeof ReceiveCallBody>;

/** A routed call as the telephony side and leads see it. */
export const RoutedCall = z.object({
  id: Id,
  status: RoutedCallStatus,
  direction: CallDirection,
  queueId: Id,
  from: z.string(),
  language: CallLanguage,
  arrivedAt: Instant,
  answeredAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  operatorId: Id.nullable(),
});
export type RoutedCall = z.infer<typeof RoutedCall>;

export const RoutedCallParams = z.strictObject({ id: Id });
export const OfferParams = z.strictObject({ offerId: Id });

/** Socket `call:offered`, to every console of the operator the call is offered to. */
export const CallOfferedPayload = z.object({
  offerId: Id,
  callId: Id,
  from: z.string(),
  language: CallLanguage,
  queueId: Id,
  direction: CallDirection,
  offeredAt: Instant,
  expiresAt: Instant,
  /** Applicants whose phone is the caller's number (the screen pop opens the one, or lists several). */
  matches: z.array(Applicant),
});
export type CallOfferedPayload = z.infer<typeof CallOfferedPayload>;

/** Why an offer left the operator's screen without their answer. */
export const OfferWithdrawnReason = z.enum(['expired', 'abandoned', 'accepted_elsewhere', 'rejected']);
export type OfferWithdrawnReason = z.infer<typeof OfferWithdrawnReason>;

/** Socket `call:offer_withdrawn`: the banner goes (timed out, the caller hung up, another console answered). */
export const OfferWithdrawnPayload = z.object({
  offerId: Id,
  callId: Id,
  reason: OfferWithdrawnReason,
});
export type OfferWithdrawnPayload = z.infer<typeof OfferWithdrawnPayload>;

/** A live hold of the call: the console shows its countdown again after a reload. */
export const MyCallHold = z.object({
  id: Id,
  slotId: Id,
  applicantId: Id,
  procedureId: ProcedureId,
  consulateId: ConsulateId,
  expiresAt: Instant,
});
export type MyCallHold = z.infer<typeof MyCallHold>;

/**
 * `GET /api/me/call` (200; 204 without a call) and `POST /api/offers/:offerId/accept`: the operator's
 * current call with everything chosen so far. `status` is the line's: `connected`, or `ended` when the
 * caller hung up and the wrap-up is still open (`wrapUpDeadline`: when the server closes it).
 */
export const MyCall = z.object({
  callId: Id,
  status: RoutedCallStatus,
  direction: CallDirection,
  from: z.string().nullable(),
  language: CallLanguage.nullable(),
  queueId: Id.nullable(),
  answeredAt: Instant,
  hungUpAt: Instant.nullable(),
  wrapUpDeadline: Instant.nullable(),
  applicantId: Id.nullable(),
  procedureId: ProcedureId.nullable(),
  consulateId: ConsulateId.nullable(),
  appointmentId: Id.nullable(),
  hold: MyCallHold.nullable(),
  matches: z.array(Applicant),
});
export type MyCall = z.infer<typeof MyCall>;

/** `PATCH /api/me/call`: what the call is about so far (null clears), kept for a console that reloads. */
export const UpdateMyCallBody = z
  .strictObject({
    applicantId: Id.nullable().optional(),
    procedureId: ProcedureId.nullable().optional(),
    consulateId: ConsulateId.nullable().optional(),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    'name at least one of applicantId, procedureId, consulateId',
  );
export type UpdateMyCallBody = z.infer<typeof UpdateMyCallBody>;

/** Socket `call:ended`: the line of the operator's call ended without them (the caller, or the server). */
export const CallEndedPayload = z.object({
  callId: Id,
  by: z.enum(['caller', 'server']),
  at: Instant,
  /** When the server closes the wrap-up if the operator has not (null: the call's record is closed). */
  wrapUpDeadline: Instant.nullable(),
});
export type CallEndedPayload = z.infer<typeof CallEndedPayload>;
