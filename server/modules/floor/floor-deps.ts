import type { Kysely } from 'kysely';
import type { ReassignmentReceivedPayload } from '../../../shared/realtime/events';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';

/** What the floor tells the consoles once a change has committed (socket.io in the server, a recorder in tests). */
export interface FloorEvents {
  /** These users' state, queue, consoles or reassignment changed: their consoles and the leads' floor are told. */
  changed(userIds: readonly string[]): void;
  /** A lead moved this user (now, or pending until their call ends): every console of theirs shows it. */
  reassigned(userId: string, payload: ReassignmentReceivedPayload): void;
}

/** One user's consoles connected now; `practiceConsoles` of them are in practice mode. */
export interface ConsoleCount {
  consoles: number;
  practiceConsoles: number;
}

/**
 * How many consoles (sockets) users have connected now, on every instance of the server: with
 * several instances a user's consoles may be on another one, so the answer is asynchronous.
 */
export interface ConsoleCounts {
  /** Users with at least one console among `userIds` (among everyone when omitted); the others are absent. */
  count(userIds?: readonly string[]): Promise<ReadonlyMap<string, ConsoleCount>>;
}

/** The consoles of one user, on any instance. */
export const consolesOf = async (presence: ConsoleCounts, userId: string) => (await presence.count([userId])).get(userId)?.consoles ?? 0;

export interface FloorDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  presence: ConsoleCounts;
  events: FloorEvents;
  /** A failure nobody waits for (a hook after a call, a presence change): logged, never thrown at a caller. */
  onError(error: unknown, what: string): void;
}
