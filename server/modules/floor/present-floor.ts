import type { Reassignment } from '../../../shared/api/floor/floor';
import type { Queue } from '../../../shared/api/floor/queues';
import type { OperatorStatus } from '../../../shared/domain/floor/operator-state';
import type { OperatorStateRow } from './floor-repository';
import type { QueueRow } from './queue-repository';
import type { ReassignmentRow } from './reassignment-repository';

export function presentQueue(row: QueueRow): Queue {
  return {
    id: row.id,
    name: { es: row.name_es, en: row.name_en },
    kind: row.kind,
    servesFirst: {
      consulateIds: JSON.parse(row.consulate_ids_json) as string[],
      procedureIds: JSON.parse(row.procedure_ids_json) as string[],
    },
  };
}

/** A stored reassignment as the API shows it; a superseded one is never shown (callers filter it out). */
export function presentReassignment(row: ReassignmentRow): Reassignment {
  if (row.status === 'superseded') throw new Error(`reassignment ${row.id} was superseded and is not shown`);
  return {
    id: row.id,
    userId: row.user_id,
    fromQueueId: row.from_queue_id,
    toQueueId: row.to_queue_id,
    when: row.when_mode,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    appliedAt: row.applied_at,
    acknowledgedAt: row.acknowledged_at,
  };
}

export function statusOfRow(row: OperatorStateRow): OperatorStatus {
  return {
    state: row.state,
    since: row.since,
    reason: row.reason,
    callId: row.call_id,
    pendingState: row.pending_state,
  };
}

export function rowOfStatus(userId: string, status: OperatorStatus, updatedAt: string): OperatorStateRow {
  return {
    user_id: userId,
    state: status.state,
    since: status.since,
    reason: status.reason,
    call_id: status.callId,
    pending_state: status.pendingState,
    updated_at: updatedAt,
  };
}
