import type { Transaction } from 'kysely';
import type { Reassignment } from '../../../shared/api/floor/floor';
import type { Queue } from '../../../shared/api/floor/queues';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Actor } from '../../kernel/actor';
import type { Database } from '../../platform/db/schema';
import { findQueue, setQueueMember } from './queue-repository';
import { findPendingReassignment, markApplied, type ReassignmentRow } from './reassignment-repository';
import { presentQueue, presentReassignment } from './present-floor';

export interface AppliedReassignment {
  reassignment: Reassignment;
  queue: Queue;
}

/** Moves the user to the reassignment's queue and marks it applied; audited as `floor.reassignment_applied`. */
export async function applyReassignment(
  trx: Transaction<Database>,
  now: Date,
  row: ReassignmentRow,
  actor: Actor,
): Promise<AppliedReassignment | null> {
  const at = now.toISOString();
  if (!(await markApplied(trx, row.id, at))) return null;
  const queue = await findQueue(trx, row.to_queue_id);
  if (!queue) throw new Error(`queue ${row.to_queue_id} of reassignment ${row.id} is missing`);
  await setQueueMember(trx, { userId: row.user_id, queueId: row.to_queue_id, at, by: row.requested_by });
  await appendAudit(
    trx,
    now,
    actor,
    'floor.reassignment_applied',
    { type: 'reassignment', id: row.id },
    {
      userId: row.user_id,
      fromQueueId: row.from_queue_id,
      toQueueId: row.to_queue_id,
      when: row.when_mode,
      requestedBy: row.requested_by,
    },
  );
  return {
    reassignment: presentReassignment({ ...row, status: 'applied', applied_at: at }),
    queue: presentQueue(queue),
  };
}

/** The reassignment that waited for the user's call to end, applied now (null when none waits). */
export async function applyPendingReassignment(
  trx: Transaction<Database>,
  now: Date,
  userId: string,
  actor: Actor,
): Promise<AppliedReassignment | null> {
  const pending = await findPendingReassignment(trx, userId);
  return pending ? applyReassignment(trx, now, pending, actor) : null;
}
