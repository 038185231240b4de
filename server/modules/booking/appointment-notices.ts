import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

/**
 * What happened to a reservation that its applicant must be told of: `reservationId` is the
 * appointment's row (or, for `waitlist_offer`, the offered hold's row; for `rescheduled`, the new
 * appointment's row, whose `replaces_id` names the old one).
 */
export type AppointmentNoticeKind = 'booked' | 'rescheduled' | 'cancelled' | 'closed' | 'waitlist_offer';

export interface AppointmentNotice {
  kind: AppointmentNoticeKind;
  sandbox: string;
  reservationId: string;
  at: Date;
}

/**
 * The port through which booking, capacity and the waitlist tell the applicant: called inside the
 * command's own transaction, so the messages are queued if and only if the change commits
 * (the messages module implements it: `createAppointmentNotices`).
 */
export interface AppointmentNotices {
  record(trx: Transaction<Database>, notice: AppointmentNotice): Promise<void>;
}
