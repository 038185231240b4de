import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

export interface ShiftDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
}
