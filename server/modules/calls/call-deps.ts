import type { Kysely } from 'kysely';
import type { Call } from '../../../shared/api/calls';
import type { DayClosure } from '../../../shared/api/capacity';
import type { CallEndedPayload } from '../../../shared/api/routing';
import type { Actor } from '../../kernel/actor';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

export interface CallDeps {
  db: Kysely<Database>;
  /** The same unit-of-work runner as the booking commands (SQLite: group commit). */
  transact: Transact;
  clock: Clock;
  limits: CallLimits;
  /** Told after a call's start or end has committed (the floor's states); never rejects. */
  events?: CallEvents;
  /** What the operator's consoles hear of their call without asking (socket.io in the server). */
  notices?: CallNotices;
  /** A closed consulate day with its appointments to rebook (the capacity module's). */
  rebookingList?(consulateId: string, date: string): Promise<DayClosure>;
  /** Calls were put in this queue to wait (an outbound list): the routing may offer them now. */
  callsQueued?(queueId: string): void;
}

export interface CallLimits {
  /** A call open this long is closed by the server, whatever its line (MAX_CALL_SECONDS). */
  maxCallSeconds: number;
}

/** Awaited before the call's answer, so the operator's state is current when the console hears back. */
export interface CallEvents {
  started(actor: Actor, call: Call): Promise<void>;
  ended(actor: Actor, call: Call): Promise<void>;
}

export interface CallNotices {
  /** The server closed the operator's call: every console of theirs hears `call:ended`. */
  callEnded(operatorId: string, payload: CallEndedPayload): void;
}
