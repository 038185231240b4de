import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { SlotChangeLog } from '../slots';
import type { AppointmentNotices } from '../booking';

export interface CapacityDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  /** The outbox of seat changes, written in the same transaction (it knows closed days too). */
  slotChanges: SlotChangeLog;
  /** Applicants of a day a lead closes are told, in the closing transaction. */
  notices: AppointmentNotices;
}
