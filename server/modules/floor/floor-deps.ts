import type { Kysely } from 'kysely';
import type { ReassignmentReceivedPayload } from '../../../shared/realtime/events';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import type { TypedServer } from '../../platform/realtime/socket-types';

/** What the floor tells the consoles once a change has committed (socket.io in the server, a recorder in tests). */
export interface FloorEvents {
  /** These users' state, queue, consoles or reassignment changed: their consoles and the leads' floor are told. */
  changed(userIds: readonly string[]): void;
  /** A lead moved this user (now, or pending until their call ends): every console of theirs shows it. */
  reassigned(userId: string, payload: ReassignmentReceivedPayload): void;
  /** These queues' live figures changed (none named: all of them): the leads' floor is told, batched. */
  queuesChanged(queueIds?: readonly string[]): void;
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
export const consolesOf = async (presence: ConsoleCounts, userId: string) =>
  (await presence.count([userId])).get(userId)?.consoles ?? 0;

export interface FloorDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  presence: ConsoleCounts;
  events: FloorEvents;
  /** A failure nobody waits for (a hook after a call, a presence change): logged, never thrown at a caller. */
  onError(error: unknown, what: string): void;
}

/** Several instances share socket.io through an adapter: what the floor needs to know of it. */
export interface FloorCluster {
  /** Whether this instance runs this round of the presence sweep (a lease among the instances). */
  claimSweep(): Promise<boolean>;
}

/** What the live floor is built from: the runtime makes the presence, the events and the service's deps of them. */
export interface FloorRuntimeDeps extends Pick<FloorDeps, 'db' | 'transact' | 'clock' | 'onError'> {
  /** How long a user whose consoles all went away stays online (a reload, a flaky network). */
  graceMs: number;
  /** How long floor changes are gathered before one `floor:changed` goes to the leads. */
  batchMs: number;
  /** How long queue changes are gathered before one `queues:changed` (default 1000: at most one a second). */
  queueBatchMs?: number;
  io: TypedServer;
  /** Several instances (socket.io's Redis adapter); null: this instance alone. */
  cluster: FloorCluster | null;
}
