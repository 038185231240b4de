import type { Kysely } from 'kysely';
import type { ReassignmentReceivedPayload } from '../../shared/realtime/events';
import type { Clock } from '../booking/clock';
import type { Database } from '../db/schema';
import type { Transact } from '../db/transaction-runner';

/** What the floor tells the consoles once a change has committed (socket.io in the server, a recorder in tests). */
export interface FloorEvents {
  /** These users' state, queue, consoles or reassignment changed: their consoles and the leads' floor are told. */
  changed(userIds: readonly string[]): void;
  /** A lead moved this user (now, or pending until their call ends): every console of theirs shows it. */
  reassigned(userId: string, payload: ReassignmentReceivedPayload): void;
}

/** How many consoles (sockets) each user has connected now. */
export interface ConsoleCounts {
  consoles(userId: string): number;
  practiceConsoles(userId: string): number;
}

export interface FloorDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  presence: ConsoleCounts;
  events: FloorEvents;
  /** A failure nobody waits for (a hook after a call, a presence change): logged, never thrown at a caller. */
  onError(error: unknown, what: string): void;
}
