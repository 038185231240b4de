import type { Kysely } from 'kysely';
import type { Clock } from '../booking/clock';
import type { Database } from '../db/schema';
import type { Transact } from '../db/transaction-runner';

export interface ShiftDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
}
