import { z } from 'zod';

/** Stable error codes of the public API (CONTRACT.md) plus the project's own additions. */
export const errorCodes = [
  'invalid_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'slot_full',
  'hold_expired',
  'duplicate_appointment',
  /** The applicant already waits (or has a seat offered) for this procedure: one waitlist entry per person and procedure. */
  'duplicate_waitlist_entry',
  'duplicate_applicant',
  'idempotency_key_reused',
  'capacity_below_booked',
  'day_closed',
  'prerequisite_missing',
  'appointment_not_active',
  /** The applicant cannot have this procedure on that date (age on the day, no CURP): says which instead. */
  'not_eligible',
  /** The slot has started: it can no longer be held. */
  'slot_in_past',
  /** The slot starts sooner than the consulate's booking lead time. */
  'slot_too_soon',
  /** Another appointment depends on this one (a registration on its document review). */
  'dependent_appointment',
  /** A lead asked to reopen a day that is not closed. */
  'day_not_closed',
  'hold_limit_reached',
  'call_already_ended',
  /** The offer of a call was withdrawn (it timed out, the caller hung up, or it went to someone else). */
  'offer_expired',
  /** The operator is on another call (or already has an offer): one call per operator. */
  'operator_busy',
  'state_not_allowed',
  'practice_run_finished',
  /** An administrator's erasure of a person is not allowed now (`details.reason`: an appointment to come, a held seat, the waitlist, an open call). */
  'erasure_refused',
  'payload_too_large',
  /** The request's content type is not JSON (the API reads JSON bodies only). */
  'unsupported_media_type',
  /** The URL (or one of its path parts) is longer than the server reads. */
  'uri_too_long',
  /** The request's headers are larger than the server reads. */
  'headers_too_large',
  /** The request (headers or body) did not arrive in time: the connection is closed. */
  'request_timeout',
  'rate_limited',
  'internal_error',
  /** The database cannot be reached for a moment (a restart, a failover): try again shortly. */
  'service_unavailable',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** HTTP status of each error code: one table, used by the server and documented in the OpenAPI. */
export const errorStatus: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  slot_full: 409,
  hold_expired: 409,
  duplicate_appointment: 409,
  duplicate_waitlist_entry: 409,
  duplicate_applicant: 409,
  idempotency_key_reused: 409,
  capacity_below_booked: 409,
  day_closed: 409,
  prerequisite_missing: 409,
  appointment_not_active: 409,
  not_eligible: 409,
  slot_in_past: 409,
  slot_too_soon: 409,
  dependent_appointment: 409,
  day_not_closed: 409,
  hold_limit_reached: 409,
  call_already_ended: 409,
  offer_expired: 409,
  operator_busy: 409,
  state_not_allowed: 409,
  practice_run_finished: 409,
  erasure_refused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
