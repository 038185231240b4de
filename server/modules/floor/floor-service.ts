import type {
  DayFigures,
  Floor,
  FloorOperator,
  MyStatus,
  ReassignBody,
  Reassignment,
  SetMyStateBody,
  SetOperatorStateBody,
} from '../../../shared/api/floor/floor';
import type { HourlyQueueFigures, QueueLoad, SetQueueTargetBody } from '../../../shared/api/floor/queues';
import {
  neverConnected,
  type OperatorEvent,
  type OperatorStatus,
} from '../../../shared/domain/floor/operator-state';
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { isPractice, type Actor } from '../../kernel/actor';
import type { CallEvents } from '../calls';
import { findOperatorState } from './floor-repository';
import { readDayFigures } from './day-figures';
import { consolesOf, type FloorDeps } from './floor-deps';
import { readFloor, readFloorOperators, readMyStatus } from './floor-read-model';
import {
  callEnded,
  callStarted,
  consoleConnected,
  consolesGone,
  publish,
  setMyState,
  setOperatorState,
} from './operator-state-commands';
import { transitionOperator, type TransitionOutcome } from './operator-transition';
import { statusOfRow } from './present-floor';
import { readHourlyQueueFigures } from './hourly-queue-figures';
import { readQueueLoads } from './queue-loads';
import { setServiceLevelTarget } from './queue-target';
import { acknowledgeReassignment, reassignOperators } from './reassign-operators';

/** An operator or lead taking a call in practice mode (a trainee's calls are all practice). */
const practisingOnTheSide = (actor: Actor) => isPractice(actor.sandbox) && actor.role !== 'trainee';

/**
 * An operator's state moved by another module's command (the routing: a call answered, a caller who
 * hung up, an offer missed): applied inside that command's transaction, the news sent after its commit.
 */
export interface OperatorTransitions {
  apply(
    trx: Transaction<Database>,
    now: Date,
    userId: string,
    event: OperatorEvent,
    actor: Actor,
  ): Promise<TransitionOutcome>;
  publish(userId: string, outcome: TransitionOutcome): void;
}

export interface FloorService {
  /** Presence: a user's first console connected; their last one has been gone for the grace period. */
  consoleConnected(userId: string): Promise<void>;
  consolesGone(userId: string): Promise<void>;
  /** Hooks for the call log, awaited after its transaction commits; they never reject. */
  callEvents: CallEvents;
  operatorTransitions: OperatorTransitions;
  myStatus(userId: string): Promise<MyStatus>;
  setMyState(actor: Actor, body: SetMyStateBody): Promise<MyStatus>;
  setOperatorState(lead: Actor, userId: string, body: SetOperatorStateBody): Promise<FloorOperator>;
  reassign(lead: Actor, body: ReassignBody): Promise<Reassignment[]>;
  acknowledge(actor: Actor, reassignmentId: string): Promise<Reassignment>;
  floor(): Promise<Floor>;
  /** Floor rows of some operators (those that changed). */
  floorOperators(userIds: readonly string[]): Promise<{ at: Date; operators: FloorOperator[] }>;
  queueLoads(): Promise<QueueLoad[]>;
  /** A lead sets a queue's service level target; the leads' floor is told. */
  setQueueTarget(lead: Actor, queueId: string, body: SetQueueTargetBody): Promise<QueueLoad>;
  /**
   * Routed calls arrived, were offered, answered, abandoned or ended in these queues (the routing
   * calls this after its transaction commits): the leads get the queues' figures, batched.
   */
  queueActivity(queueIds: readonly string[]): void;
  dayFigures(date?: string): Promise<DayFigures>;
  /** Answered, abandoned and service level by hour of a call-center date (routed live calls). */
  hourlyQueueFigures(date?: string): Promise<HourlyQueueFigures>;
  /**
   * A user's current state and connected consoles, for other parts of the server (shifts, capacity).
   * Never connected: offline. Many at once: read table `operator_states` (kept current here).
   */
  stateOf(userId: string): Promise<OperatorStatus & { consoles: number }>;
}

export function createFloorService(deps: FloorDeps): FloorService {
  // The call is saved whatever happens here: a failure is logged, never thrown at the call's request.
  const quietly = (what: string, work: () => Promise<void>) =>
    work().catch((error: unknown) => deps.onError(error, what));
  return {
    consoleConnected: (userId) => consoleConnected(deps, userId),
    consolesGone: (userId) => consolesGone(deps, userId),
    callEvents: {
      // An operator's or lead's practice call is not a caller on the line: their live state stays as
      // it is (the floor shows their practice console). Trainees only ever practise: theirs follow.
      started: (actor, call) =>
        practisingOnTheSide(actor)
          ? Promise.resolve()
          : quietly('floor: call start', () => callStarted(deps, actor, call.id)),
      ended: (actor, call) =>
        practisingOnTheSide(actor)
          ? Promise.resolve()
          : quietly('floor: call end', () => callEnded(deps, actor, call.id)),
    },
    operatorTransitions: {
      apply: (trx, now, userId, event, actor) =>
        transitionOperator(trx, now, userId, event, { actor, action: 'floor.state_changed' }),
      publish: (userId, outcome) => publish(deps, userId, outcome),
    },
    myStatus: (userId) => readMyStatus(deps, userId),
    setMyState: (actor, body) => setMyState(deps, actor, body),
    setOperatorState: (lead, userId, body) => setOperatorState(deps, lead, userId, body),
    reassign: (lead, body) => reassignOperators(deps, lead, body),
    acknowledge: (actor, reassignmentId) => acknowledgeReassignment(deps, actor, reassignmentId),
    floor: () => readFloor(deps),
    floorOperators: (userIds) => readFloorOperators(deps, userIds),
    queueLoads: () => readQueueLoads(deps),
    async setQueueTarget(lead, queueId, body) {
      const load = await setServiceLevelTarget(deps, lead, queueId, body);
      deps.events.queuesChanged([queueId]);
      return load;
    },
    queueActivity: (queueIds) => deps.events.queuesChanged(queueIds),
    dayFigures: (date) => readDayFigures(deps, date),
    hourlyQueueFigures: (date) => readHourlyQueueFigures(deps, date),
    async stateOf(userId) {
      const [row, consoles] = await Promise.all([
        findOperatorState(deps.db, userId),
        consolesOf(deps.presence, userId),
      ]);
      return { ...(row ? statusOfRow(row) : neverConnected(deps.clock().toISOString())), consoles };
    },
  };
}
