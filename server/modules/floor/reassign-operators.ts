import type { ReassignBody, Reassignment } from '../../../shared/api/floor/floor';
import { isOnCall } from '../../../shared/domain/floor/operator-state';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { findOperatorState } from './floor-repository';
import { findQueue, findQueueOf } from './queue-repository';
import {
  findReassignment,
  insertReassignment,
  markAcknowledged,
  supersedePending,
  type ReassignmentRow,
} from './reassignment-repository';
import type { FloorDeps } from './floor-deps';
import { requireOperator } from './operator-state-commands';
import { applyReassignment, type AppliedReassignment } from './pending-reassignment';
import { presentQueue, presentReassignment, statusOfRow } from './present-floor';

/**
 * A lead moves operators to a queue, in one transaction. `now` applies at once; `after_call` applies
 * at once for an operator off the phone and otherwise waits for their call to end. A newer
 * reassignment of the same operator supersedes one still waiting. Every operator's consoles get
 * `reassignment:received` (pending or applied) and the leads' floor their rows.
 */
export async function reassignOperators(
  deps: FloorDeps,
  lead: Actor,
  body: ReassignBody,
): Promise<Reassignment[]> {
  const userIds = [...new Set(body.userIds)];
  const now = deps.clock();
  const at = now.toISOString();
  const results = await deps.transact(async (trx) => {
    const queueRow = await findQueue(trx, body.queueId);
    if (!queueRow) throw notFound(`Queue ${body.queueId}`);
    const queue = presentQueue(queueRow);
    for (const userId of userIds) await requireOperator({ db: trx }, userId);

    const out: AppliedReassignment[] = [];
    for (const userId of userIds) {
      const superseded = await supersedePending(trx, userId);
      const from = (await findQueueOf(trx, userId))?.id ?? null;
      const state = await findOperatorState(trx, userId);
      const row: ReassignmentRow = {
        id: newId('rea'),
        user_id: userId,
        from_queue_id: from,
        to_queue_id: queue.id,
        when_mode: body.when,
        status: 'pending',
        requested_by: lead.userId,
        requested_at: at,
        applied_at: null,
        acknowledged_at: null,
      };
      await insertReassignment(trx, row);
      await appendAudit(
        trx,
        now,
        lead,
        'floor.reassigned',
        { type: 'reassignment', id: row.id },
        { userId, fromQueueId: from, toQueueId: queue.id, when: body.when, superseded },
      );
      const waits = body.when === 'after_call' && state !== undefined && isOnCall(statusOfRow(state));
      const applied = waits ? null : await applyReassignment(trx, now, row, lead);
      out.push(applied ?? { reassignment: presentReassignment(row), queue });
    }
    return out;
  });
  deps.events.changed(userIds);
  for (const result of results) deps.events.reassigned(result.reassignment.userId, result);
  return results.map((r) => r.reassignment);
}

/**
 * A console of the reassigned operator showed the notice. Only that operator may acknowledge (anyone
 * else: not found); a move still waiting for the call, or replaced by a newer one, cannot be; a
 * second acknowledgement (their other console) answers the same without writing anything.
 */
export async function acknowledgeReassignment(
  deps: FloorDeps,
  actor: Actor,
  reassignmentId: string,
): Promise<Reassignment> {
  const now = deps.clock();
  const { reassignment, changed } = await deps.transact(async (trx) => {
    const row = await findReassignment(trx, reassignmentId);
    if (!row || row.user_id !== actor.userId) throw notFound('That reassignment');
    if (row.status === 'acknowledged') return { reassignment: presentReassignment(row), changed: false };
    if (row.status === 'superseded')
      throw new DomainError(
        'state_not_allowed',
        'A newer move replaced this one: look at your current queue.',
      );
    if (row.status === 'pending')
      throw new DomainError(
        'state_not_allowed',
        'This move has not happened yet: it applies when your call ends.',
      );
    if (!(await markAcknowledged(trx, row.id, now.toISOString())))
      throw new DomainError('state_not_allowed', 'This move cannot be acknowledged now; try again.');
    await appendAudit(
      trx,
      now,
      actor,
      'floor.reassignment_acknowledged',
      { type: 'reassignment', id: row.id },
      { userId: row.user_id, toQueueId: row.to_queue_id },
    );
    return {
      reassignment: presentReassignment({
        ...row,
        status: 'acknowledged',
        acknowledged_at: now.toISOString(),
      }),
      changed: true,
    };
  });
  if (changed) deps.events.changed([actor.userId]);
  return reassignment;
}
