import type { Kysely } from 'kysely';
import type { Call } from '../../../shared/api/calls';
import type { Actor } from '../../kernel/actor';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

export interface CallDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  /** Told after a call's start or end has committed (the floor's states); never rejects. */
  events?: CallEvents;
}

/** Awaited before the call's answer, so the operator's state is current when the console hears back. */
export interface CallEvents {
  started(actor: Actor, call: Call): Promise<void>;
  ended(actor: Actor, call: Call): Promise<void>;
}
