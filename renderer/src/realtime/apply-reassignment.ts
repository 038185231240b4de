import type { MyStatus } from '../../../shared/api/floor/floor';
import type { ReassignmentReceivedPayload } from '../../../shared/realtime/events';

/**
 * The operator's own status after a lead moved them: the reassignment to show and, once it is
 * applied, the new queue. A reassignment older than the one already held does not replace it.
 */
export function applyReassignment(
  status: MyStatus,
  { reassignment, queue }: ReassignmentReceivedPayload,
): MyStatus {
  const held = status.reassignment;
  if (held && held.id !== reassignment.id && held.requestedAt > reassignment.requestedAt) return status;
  const applied = reassignment.status !== 'pending';
  return { ...status, reassignment, queue: applied ? queue : status.queue };
}
