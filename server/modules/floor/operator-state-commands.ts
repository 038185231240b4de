import type { Transaction } from 'kysely';
import type {
  FloorOperator,
  MyStatus,
  SetMyStateBody,
  SetOperatorStateBody,
} from '../../../shared/api/floor/floor';
import type { Role } from '../../../shared/api/auth';
import type { OperatorEvent } from '../../../shared/domain/floor/operator-state';
import { sandboxFor, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { Database } from '../../platform/db/schema';
import { callTakingRoleNames, findActiveUser, findOpenCallOf } from './floor-repository';
import { consolesOf, type FloorDeps } from './floor-deps';
import { readFloorOperators, readMyStatus } from './floor-read-model';
import { transitionOperator, type TransitionOutcome } from './operator-transition';

/** A call left open when the console went away is resumed on reconnect only if it is this recent. */
export const OPEN_CALL_RESUME_MS = 2 * 3_600_000;

const takesCalls = (role: string) => (callTakingRoleNames as readonly string[]).includes(role);
const actorOf = (user: { id: string; role: string }): Actor => ({
  userId: user.id,
  role: user.role as Role,
  sandbox: sandboxFor({ id: user.id, role: user.role as Role }),
  callId: null,
});

/** After the commit: the user's consoles and the leads' floor hear of it. */
export function publish(deps: FloorDeps, userId: string, outcome: TransitionOutcome) {
  if (outcome.changed || outcome.applied) deps.events.changed([userId]);
  if (outcome.applied) deps.events.reassigned(userId, outcome.applied);
}

type EventOf = (trx: Transaction<Database>, now: Date) => OperatorEvent | Promise<OperatorEvent>;

/** One transition in its own transaction, then the news. */
async function run(
  deps: FloorDeps,
  userId: string,
  eventOf: EventOf,
  audit: Parameters<typeof transitionOperator>[4],
) {
  const now = deps.clock();
  const outcome = await deps.transact(async (trx) =>
    transitionOperator(trx, now, userId, await eventOf(trx, now), audit),
  );
  publish(deps, userId, outcome);
  return outcome;
}

/** The first console of a user connected (presence). Roles that take no calls have no state. */
export async function consoleConnected(deps: FloorDeps, userId: string): Promise<void> {
  const user = await findActiveUser(deps.db, userId);
  if (!user || !takesCalls(user.role)) return;
  const connected: EventOf = async (trx, now) => ({
    type: 'connected',
    at: now.toISOString(),
    openCallId: await findOpenCallOf(
      trx,
      userId,
      new Date(now.getTime() - OPEN_CALL_RESUME_MS).toISOString(),
    ),
  });
  await run(deps, userId, connected, { actor: actorOf(user), action: 'floor.state_changed' });
}

/** The last console of a user has been gone for the grace period (presence). */
export async function consolesGone(deps: FloorDeps, userId: string): Promise<void> {
  const user = await findActiveUser(deps.db, userId);
  // A console may have come back while this was on its way, here or on another instance.
  if (!user || !takesCalls(user.role) || (await consolesOf(deps.presence, userId)) > 0) return;
  await run(deps, userId, (_trx, now) => ({ type: 'disconnected', at: now.toISOString() }), {
    actor: actorOf(user),
    action: 'floor.state_changed',
  });
}

/** The call log's hooks: a call started or ended (with its wrap-up) by this actor. */
export async function callStarted(deps: FloorDeps, actor: Actor, callId: string): Promise<void> {
  await run(deps, actor.userId, (_trx, now) => ({ type: 'call_started', at: now.toISOString(), callId }), {
    actor: { ...actor, callId },
    action: 'floor.state_changed',
  });
}

export async function callEnded(deps: FloorDeps, actor: Actor, callId: string): Promise<void> {
  await run(deps, actor.userId, (_trx, now) => ({ type: 'call_ended', at: now.toISOString(), callId }), {
    actor: { ...actor, callId },
    action: 'floor.state_changed',
  });
}

/** The operator's console sets their own state: wrap-up opened, ready again, a break. */
export async function setMyState(deps: FloorDeps, actor: Actor, body: SetMyStateBody): Promise<MyStatus> {
  await run(
    deps,
    actor.userId,
    (_trx, now) => ({ type: 'console_set', at: now.toISOString(), state: body.state }),
    { actor, action: 'floor.state_changed' },
  );
  return readMyStatus(deps, actor.userId);
}

/** An active user with role `operator`: the only ones on the floor, on queues, and set by leads. */
export async function requireOperator(deps: Pick<FloorDeps, 'db'>, userId: string) {
  const user = await findActiveUser(deps.db, userId);
  if (!user) throw notFound(`Operator ${userId}`);
  if (user.role !== 'operator')
    throw new DomainError(
      'invalid_request',
      `${user.username} is a ${user.role}, not an operator: only operators are on the floor's queues and states.`,
    );
  return user;
}

/** A lead puts an operator on break or offline (after their call, if on one), or back to available. */
export async function setOperatorState(
  deps: FloorDeps,
  lead: Actor,
  userId: string,
  body: SetOperatorStateBody,
): Promise<FloorOperator> {
  await requireOperator(deps, userId);
  const connected = (await consolesOf(deps.presence, userId)) > 0;
  await run(
    deps,
    userId,
    (_trx, now) => ({ type: 'lead_set', at: now.toISOString(), state: body.state, connected }),
    { actor: lead, action: 'floor.state_set_by_lead' },
  );
  const [row] = (await readFloorOperators(deps, [userId])).operators;
  if (!row) throw notFound(`Operator ${userId}`);
  return row;
}
