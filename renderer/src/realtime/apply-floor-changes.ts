import type { Floor, FloorOperator, Reassignment } from '../../../shared/api/floor/floor';

/**
 * Applies one `floor:changed` (absolute rows) to the cached floor. Only the operators whose row
 * differs get a new object, so a memoised table row re-renders only when its own operator changed.
 * An event older than the snapshot is dropped: the snapshot already holds what it says, or newer.
 * Returns the same floor when nothing changed.
 */
export function applyFloorChanges(floor: Floor, operators: readonly FloorOperator[], at: string): Floor {
  if (Date.parse(at) < Date.parse(floor.at)) return floor;
  const byUser = new Map(operators.map((o) => [o.userId, o]));
  let touched = false;
  const rows = floor.operators.map((row) => {
    const next = byUser.get(row.userId);
    if (!next) return row;
    byUser.delete(row.userId);
    if (sameOperator(row, next)) return row;
    touched = true;
    return next;
  });
  // Someone who was not on the floor yet (a new account, or the first sign-in of the day).
  for (const added of byUser.values()) {
    rows.push(added);
    touched = true;
  }
  return { ...floor, at: at > floor.at ? at : floor.at, operators: touched ? rows : floor.operators };
}

/** Replaces the rows of the given operators (the answers of a lead's own actions), keeping the rest. */
export function replaceFloorRows(floor: Floor, updated: readonly FloorOperator[]): Floor {
  return applyFloorChanges(floor, updated, floor.at);
}

/** Records a lead's new reassignments on their operators' rows until `floor:changed` confirms them. */
export function recordReassignments(floor: Floor, reassignments: readonly Reassignment[]): Floor {
  const byUser = new Map(reassignments.map((r) => [r.userId, r]));
  let touched = false;
  const operators = floor.operators.map((row) => {
    const reassignment = byUser.get(row.userId);
    if (!reassignment || row.reassignment?.id === reassignment.id) return row;
    touched = true;
    const applied = reassignment.status !== 'pending';
    return { ...row, reassignment, queueId: applied ? reassignment.toQueueId : row.queueId };
  });
  return touched ? { ...floor, operators } : floor;
}

function sameOperator(a: FloorOperator, b: FloorOperator): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
