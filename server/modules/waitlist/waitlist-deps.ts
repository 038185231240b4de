import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { AppointmentNotices } from '../booking';
import type { SlotChangeLog } from '../slots';

/** What the filler needs: it wraps the outbox, so it runs inside every seat change's transaction. */
export interface WaitlistFillerOptions {
  clock: Clock;
  /** How long a seat freed for a waitlisted caller stays held (WAITLIST_HOLD_MINUTES). */
  holdMinutes: number;
  /** Tells the applicant of the offered seat, in the offer's transaction. */
  notices: AppointmentNotices;
}

/** What the waitlist's commands and queries need, wired once in the composition root. */
export interface WaitlistDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  /** The outbox wrapped by the filler (`withWaitlist`): a seat freed here goes to the next entry. */
  slotChanges: SlotChangeLog;
}
