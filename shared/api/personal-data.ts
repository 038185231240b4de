import { z } from 'zod';
import { Applicant } from './applicants';
import { Id, Instant, LocalDate, LocalDateTime } from './common';

/** `/api/admin/people/:applicantId/…`: a live applicant (practice people are never exported or erased). */
export const PersonParams = z.strictObject({ applicantId: Id });
export type PersonParams = z.infer<typeof PersonParams>;

/** Why an erasure is refused now (409 `erasure_refused`, `details.reason`). */
export const ErasureRefusalReason = z.enum([
  /** A booked appointment still to come: cancel it first. */
  'upcoming_appointment',
  /** A seat held for them right now. */
  'seat_held',
  /** Waiting (or offered a seat) on the waitlist. */
  'on_waitlist',
  /** A call about them not yet ended. */
  'call_in_progress',
]);
export type ErasureRefusalReason = z.infer<typeof ErasureRefusalReason>;

export const ErasureRefusalDetails = z.object({ reason: ErasureRefusalReason });

/** `POST /api/admin/people/:applicantId/erase`: why (the request, its reference), never the data itself. */
export const ErasePersonBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'reason is required: say why (the request and its reference)')
    .max(500, 'reason is too long (500 characters at most)'),
});
export type ErasePersonBody = z.infer<typeof ErasePersonBody>;

export const ErasePersonResult = z.object({
  applicantId: Id,
  erasedAt: Instant,
  /** The person had been anonymised before (an earlier erasure or the retention job): nothing left to clear. */
  alreadyAnonymised: z.boolean(),
});
export type ErasePersonResult = z.infer<typeof ErasePersonResult>;

const ExportedAppointment = z.object({
  /** The reservation: a hold, and the appointment it became. */
  id: Id,
  appointmentId: Id.nullable(),
  confirmationCode: z.string().nullable(),
  status: z.string(),
  consulateId: z.string(),
  procedureId: z.string(),
  start: Instant,
  localDate: LocalDate,
  localStart: LocalDateTime,
  heldAt: Instant,
  bookedAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  lapsedAt: Instant.nullable(),
  replacesId: Id.nullable(),
  callId: Id.nullable(),
});

const ExportedWaitlistEntry = z.object({
  id: Id,
  procedureId: z.string(),
  consulateIds: z.array(z.string()),
  fromDate: LocalDate,
  toDate: LocalDate,
  status: z.string(),
  createdAt: Instant,
  offeredAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  appointmentId: Id.nullable(),
});

const ExportedCall = z.object({
  id: Id,
  direction: z.enum(['inbound', 'outbound']),
  operatorId: Id,
  startedAt: Instant,
  endedAt: Instant.nullable(),
  wrapUpCode: z.string().nullable(),
  note: z.string().nullable(),
  appointmentId: Id.nullable(),
  procedureId: z.string().nullable(),
  consulateId: z.string().nullable(),
});

const ExportedLine = z.object({
  id: Id,
  direction: z.enum(['inbound', 'outbound']),
  /** The caller's number (inbound) or the line's (outbound); empty once erased. */
  fromNumber: z.string(),
  toNumber: z.string().nullable(),
  language: z.enum(['es', 'en']),
  queueId: z.string(),
  status: z.string(),
  arrivedAt: Instant,
  answeredAt: Instant.nullable(),
  endedAt: Instant.nullable(),
});

const ExportedMessage = z.object({
  id: Id,
  kind: z.string(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  language: z.enum(['es', 'en']),
  subject: z.string().nullable(),
  text: z.string(),
  status: z.string(),
  createdAt: Instant,
  sentAt: Instant.nullable(),
  appointmentId: Id.nullable(),
});

const ExportedAuditEntry = z.object({
  at: Instant,
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  callId: z.string().nullable(),
  details: z.unknown(),
});

/** Who looked at the person's record (when the service records it). */
const ExportedRead = z.object({
  at: Instant,
  readerId: z.string(),
  readerRole: z.string(),
  kind: z.string(),
  callId: z.string().nullable(),
});

/**
 * `GET /api/admin/people/:applicantId/export`: everything the service holds about one person, as
 * one JSON document (served as a download). Practice data is never in it.
 */
export const PersonExport = z.object({
  format: z.literal('miconsulado-person-export'),
  version: z.literal(1),
  exportedAt: Instant,
  exportedBy: Id,
  applicant: Applicant.extend({
    createdAt: Instant,
    /** The operator who registered them (null: the demo seed or an import). */
    createdBy: z.string().nullable(),
    /** Erased on request or by the retention job: what remains is what the statistics keep. */
    anonymised: z.boolean(),
  }),
  appointments: z.array(ExportedAppointment),
  waitlist: z.array(ExportedWaitlistEntry),
  calls: z.array(ExportedCall),
  lines: z.array(ExportedLine),
  messages: z.array(ExportedMessage),
  audit: z.array(ExportedAuditEntry),
  reads: z.array(ExportedRead),
});
export type PersonExport = z.infer<typeof PersonExport>;

/** `POST /api/admin/retention/run`: one pass of the retention job now (it also runs on its schedule). */
export const RetentionRunResult = z.object({
  /** False when RETENTION_YEARS is off: nothing was looked at. */
  enabled: z.boolean(),
  years: z.number().int().nullable(),
  /** Applicants whose every trace is older than this were anonymised. */
  cutoff: Instant.nullable(),
  anonymised: z.number().int().nonnegative(),
  batches: z.number().int().nonnegative(),
});
export type RetentionRunResult = z.infer<typeof RetentionRunResult>;
