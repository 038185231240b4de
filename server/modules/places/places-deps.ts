import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';

/** Reads only: where consulates are is data, their seats are read as GET /api/slots reads them. */
export interface PlacesDeps {
  db: Kysely<Database>;
  /** "Now" for what may still be booked (started slots and the lead time). */
  clock: Clock;
}
