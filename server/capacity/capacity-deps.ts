import type { Kysely } from 'kysely';
import type { Clock } from '../booking/clock';
import type { Database } from '../db/schema';
import type { Transact } from '../db/transaction-runner';
import type { ClosedDaySink } from './closed-day-sink';

export interface CapacityDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  /** The seat-change path of the booking engine, which also knows the slots of closed days. */
  slotChanges: ClosedDaySink;
}
