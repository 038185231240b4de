import type { Role } from '../../../shared/api/auth';
import type { CallEndedPayload } from '../../../shared/api/routing';
import { systemActor, type Actor } from '../../kernel/actor';
import { appendAudit } from '../../platform/audit/audit-log';
import type { CallRow } from '../../platform/db/schema';
import { endConnectedLine, endOpenCall, listCallsToClose } from './call-repository';
import { readWrapUpLimitSeconds } from './call-center-settings';
import type { CallDeps } from './call-deps';
import { callDurationSeconds, presentCall } from './present-call';

/** Calls closed per round; a backlog (a server that was down) drains over the next rounds. */
const CLOSE_BATCH = 200;

export type ClosedReason = 'wrap_up_limit' | 'max_call_length';

/**
 * The server closes the calls nobody closed (13 of 36 in one session were never ended): a call
 * whose line ended and whose wrap-up was not done within the lead's limit, and any call open longer
 * than `maxCallSeconds` (a line nobody hung up, a dialled call never ended). Each closes once
 * (`ended_at` still null in the update), with no wrap-up code and `ended_by = 'server'`; a line
 * still connected ends with it. After the commit the floor puts the operator back to available and
 * their consoles hear `call:ended` `{by: "server"}`.
 */
export async function closeStaleCalls(deps: CallDeps): Promise<{ callId: string; reason: ClosedReason }[]> {
  const now = deps.clock();
  const nowIso = now.toISOString();
  const limit = await readWrapUpLimitSeconds(deps.db);
  const hungUpBefore = new Date(now.getTime() - limit * 1000).toISOString();
  const startedBefore = new Date(now.getTime() - deps.limits.maxCallSeconds * 1000).toISOString();
  const due = await listCallsToClose(deps.db, hungUpBefore, startedBefore, CLOSE_BATCH);
  const closed: { callId: string; reason: ClosedReason }[] = [];
  for (const { role, ...call } of due) {
    const reason: ClosedReason =
      call.hung_up_at !== null && call.hung_up_at <= hungUpBefore ? 'wrap_up_limit' : 'max_call_length';
    const operator: Actor = {
      userId: call.operator_id,
      role: role as Role,
      sandbox: call.sandbox,
      callId: call.id,
    };
    const endedAt = nowIso < call.started_at ? call.started_at : nowIso;
    const ended: CallRow = {
      ...call,
      ended_at: endedAt,
      wrap_up_code: null,
      ended_by: 'server',
      hung_up_at: call.hung_up_at ?? endedAt,
    };
    const done = await deps.transact(async (trx) => {
      if (!(await endOpenCall(trx, call.id, ended))) return false; // the operator (or another instance) was first
      // A line nobody hung up ends with its call (a routed call's; a dialled call has none).
      await endConnectedLine(trx, call.id, endedAt);
      await appendAudit(
        trx,
        now,
        { ...systemActor, sandbox: call.sandbox, callId: call.id },
        'call.closed_by_server',
        { type: 'call', id: call.id },
        {
          reason,
          operatorId: call.operator_id,
          sandbox: call.sandbox,
          hungUpAt: ended.hung_up_at,
          durationSeconds: callDurationSeconds(ended.started_at, ended.ended_at),
        },
      );
      return true;
    });
    if (!done) continue;
    closed.push({ callId: call.id, reason });
    await deps.events?.ended(operator, presentCall(ended));
    const payload: CallEndedPayload = { callId: call.id, by: 'server', at: endedAt, wrapUpDeadline: null };
    deps.notices?.callEnded(call.operator_id, payload);
  }
  return closed;
}
