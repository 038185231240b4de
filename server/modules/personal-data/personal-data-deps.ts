import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

/** What the personal-data commands need, wired once in the composition root. */
export interface PersonalDataDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  retention: {
    /** RETENTION_YEARS: null when the job is off. */
    years: number | null;
    /** RETENTION_BATCH: applicants anonymised per transaction. */
    batchSize: number;
  };
}
