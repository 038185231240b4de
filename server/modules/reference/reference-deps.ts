import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';

/** Reads only: the reference data is written at start (`reference-sync.ts`), never by a request. */
export interface ReferenceDeps {
  db: Kysely<Database>;
  /** "Today" where the fees are asked for. */
  clock: Clock;
}
