import { z } from 'zod';
import { ConsulateId, Id, Instant, LocalDateTime, ProcedureId, ServiceDate } from './common';

/**
 * The waitlist (CONTRACT.md "After the call (v2)"): a caller with no suitable seat waits for one of
 * these consulates between these consulate-local dates; a freed seat is held for the first entry
 * waiting for it (`offered`, with its hold) until `offerExpiresAt` (WAITLIST_HOLD_MINUTES).
 */
export const WaitlistStatus = z.enum([
  /** In line for a seat. */
  'waiting',
  /** A seat is held for the caller (`holdId`) until `offerExpiresAt`. */
  'offered',
  /** The caller took a seat: the offered one, or another booked for the same procedure. */
  'booked',
  /** The offer lapsed without a booking: the seat passed to the next entry. */
  'offer_expired',
  /** The entry's last date passed without a seat. */
  'expired',
  /** Taken off the list (DELETE): an offered seat is freed for the next entry. */
  'cancelled',
]);
export type WaitlistStatus = z.infer<typeof WaitlistStatus>;

/** The seat held for an offered entry. */
export const WaitlistOfferedSlot = z.object({
  slotId: Id,
  consulateId: ConsulateId,
  start: Instant,
  localStart: LocalDateTime,
});
export type WaitlistOfferedSlot = z.infer<typeof WaitlistOfferedSlot>;

export const WaitlistEntry = z.object({
  id: Id,
  applicantId: Id,
  procedureId: ProcedureId,
  consulateIds: z.array(ConsulateId),
  from: ServiceDate,
  to: ServiceDate,
  status: WaitlistStatus,
  createdAt: Instant,
  /** The hold of the offered seat (confirm it with POST /api/appointments {holdId}); null unless offered. */
  holdId: Id.nullable(),
  offerExpiresAt: Instant.nullable(),
  offeredSlot: WaitlistOfferedSlot.nullable(),
  /** The appointment booked from the entry, once `booked`. */
  appointmentId: Id.nullable(),
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;

export const CreateWaitlistEntryBody = z.strictObject({
  applicantId: Id,
  procedureId: ProcedureId,
  consulateIds: z
    .array(ConsulateId)
    .min(1, 'must name at least one consulate')
    .max(57, 'names more consulates than there are'),
  from: ServiceDate,
  to: ServiceDate,
});
export type CreateWaitlistEntryBody = z.infer<typeof CreateWaitlistEntryBody>;

export const WaitlistEntryParams = z.strictObject({ id: Id });

/**
 * `GET /api/waitlist`: one applicant's entries (`applicantId`: the screen pop), newest first; or, for
 * leads, the entries of a consulate, procedure and status, in their order on the list (oldest first).
 */
export const WaitlistListQuery = z.strictObject({
  applicantId: Id.optional(),
  consulateId: ConsulateId.optional(),
  procedureId: ProcedureId.optional(),
  status: WaitlistStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type WaitlistListQuery = z.infer<typeof WaitlistListQuery>;

export const WaitlistList = z.object({ items: z.array(WaitlistEntry) });
export type WaitlistList = z.infer<typeof WaitlistList>;

/** A lead's view of one consulate's list for one procedure (an entry naming several consulates counts in each). */
export const WaitlistSummaryItem = z.object({
  consulateId: ConsulateId,
  procedureId: ProcedureId,
  waiting: z.number().int().min(0),
  offered: z.number().int().min(0),
  /** When the first entry still waiting was made; null when nobody waits. */
  oldestWaitingSince: Instant.nullable(),
});
export type WaitlistSummaryItem = z.infer<typeof WaitlistSummaryItem>;

/** `GET /api/waitlist/summary` (leads): every consulate and procedure with an active entry. */
export const WaitlistSummary = z.object({ items: z.array(WaitlistSummaryItem) });
export type WaitlistSummary = z.infer<typeof WaitlistSummary>;
