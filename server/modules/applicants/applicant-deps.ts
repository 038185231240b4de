import type { Kysely } from 'kysely';
import type { Actor } from '../../kernel/actor';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { ApplicantSearch } from './search/applicant-search';
import type { NameVocabulary } from './search/name-vocabulary';

export interface ApplicantDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  search: ApplicantSearch;
  /** The names known to the search's prefix and typo matching: a registration's names join it. */
  vocabulary: NameVocabulary;
  /**
   * The call the server knows this user to be on now (their open call in the calls module), or null:
   * a read of a person is recorded with it. The root hands it in (the calls module sits above this one).
   */
  currentCallOf: (actor: Actor) => Promise<string | null>;
}
