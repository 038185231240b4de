import type { QueueLoad } from '../../../shared/api/floor/queues';

/**
 * Applies one `queues:changed` (absolute figures of the queues that changed) to the cached queue
 * list: those queues are replaced, the others keep their objects (their cards do not re-render).
 * A queue the list does not have yet is added. Returns the same list when nothing differs.
 */
export function applyQueueChanges(queues: readonly QueueLoad[], changed: readonly QueueLoad[]): QueueLoad[] {
  const byId = new Map(changed.map((q) => [q.id, q]));
  let touched = false;
  const next = queues.map((q) => {
    const update = byId.get(q.id);
    if (!update) return q;
    byId.delete(q.id);
    if (JSON.stringify(update) === JSON.stringify(q)) return q;
    touched = true;
    return update;
  });
  for (const added of byId.values()) {
    next.push(added);
    touched = true;
  }
  return touched ? next : (queues as QueueLoad[]);
}
