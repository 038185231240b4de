import type { Kysely } from 'kysely';
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
}
