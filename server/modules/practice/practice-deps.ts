import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { NameVocabulary } from '../applicants';
import type { BookingEngine } from '../booking';
import type { ScenarioCatalog } from './scenario-catalog';

export interface PracticeDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  /** A scenario's existing appointment is booked as an operator would book it. */
  booking: BookingEngine;
  /** A seeded caller's names join the search's prefix and typo vocabulary. */
  vocabulary: NameVocabulary;
  scenarios: ScenarioCatalog;
  /** A run's scripted caller is waiting to be offered (the routing may offer it now). */
  callPlaced?(): void;
}
