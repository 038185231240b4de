import type { Kysely } from 'kysely';
import type { Clock } from '../booking/clock';
import type { Database } from '../db/schema';
import type { Transact } from '../db/transaction-runner';

export interface CallDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
}
