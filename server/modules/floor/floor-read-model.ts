import type { Floor, FloorOperator, MyStatus } from '../../../shared/api/floor/floor';
import { callCenterToday, isoWeekdayOf } from '../../../shared/domain/floor/call-center';
import { neverConnected } from '../../../shared/domain/floor/operator-state';
import {
  callStatsByOperator,
  findOperatorState,
  listFloorOperators,
  listShiftsOnWeekday,
} from './floor-repository';
import { findQueueOf } from './queue-repository';
import { findUnacknowledged, listReassignmentsSince, type ReassignmentRow } from './reassignment-repository';
import { callCenterDayRange } from './call-center-day';
import { consolesOf, type FloorDeps } from './floor-deps';
import { isScheduledNow, type ScheduledShift } from './on-shift';
import { presentQueue, presentReassignment, statusOfRow } from './present-floor';

type ReadDeps = Pick<FloorDeps, 'db' | 'clock' | 'presence'>;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Mean whole seconds, or null before the first ended call. */
export const meanSeconds = (total: number | null, count: number) =>
  count > 0 && total !== null ? Math.max(0, Math.round(Number(total) / count)) : null;

/**
 * Rows of the lead's floor: every active operator, or only `userIds` (the ones that changed). Four
 * grouped queries whatever the number of operators: operators with state and queue, today's call
 * figures, today's reassignments, today's shifts. "Today" is the call center's date.
 * `bookingsToday` counts today's live calls wrapped up as booked or rescheduled (the same rule as
 * the day's figures), so a booking made outside a call does not count.
 */
export async function readFloorOperators(
  deps: ReadDeps,
  userIds?: readonly string[],
): Promise<{ at: Date; day: string; operators: FloorOperator[] }> {
  const at = deps.clock();
  const day = callCenterDayRange(callCenterToday(at));
  const [operators, stats, reassignments, shifts, consoles] = await Promise.all([
    listFloorOperators(deps.db, userIds),
    callStatsByOperator(deps.db, day, userIds),
    listReassignmentsSince(deps.db, day.from, userIds),
    listShiftsOnWeekday(deps.db, isoWeekdayOf(day.date), userIds),
    deps.presence.count(userIds),
  ]);
  const statsOf = new Map(stats.map((s) => [s.operator_id, s]));
  const latestReassignment = new Map<string, ReassignmentRow>();
  for (const r of reassignments) if (!latestReassignment.has(r.user_id)) latestReassignment.set(r.user_id, r);
  const shiftsOf = groupBy<ScheduledShift & { user_id: string }>(shifts, (s) => s.user_id);

  const rows = operators.map((o): FloorOperator => {
    const status =
      o.state && o.since && o.reason
        ? { state: o.state, since: o.since, reason: o.reason, pendingState: o.pending_state ?? null }
        : neverConnected(o.created_at);
    const s = statsOf.get(o.id);
    const reassignment = latestReassignment.get(o.id);
    return {
      userId: o.id,
      username: o.username,
      displayName: o.display_name,
      state: status.state,
      since: status.since,
      reason: status.reason,
      consoles: consoles.get(o.id)?.consoles ?? 0,
      practiceConsoles: consoles.get(o.id)?.practiceConsoles ?? 0,
      pendingState: status.pendingState,
      queueId: o.queue_id ?? null,
      reassignment: reassignment ? presentReassignment(reassignment) : null,
      callsToday: Number(s?.calls ?? 0),
      bookingsToday: Number(s?.bookings ?? 0),
      avgHandleSeconds: meanSeconds(s?.handle_seconds ?? null, Number(s?.ended ?? 0)),
      onShift: isScheduledNow(shiftsOf.get(o.id) ?? [], at),
    };
  });
  return { at, day: day.date, operators: rows };
}

export async function readFloor(deps: ReadDeps): Promise<Floor> {
  const { at, day, operators } = await readFloorOperators(deps);
  return { at: at.toISOString(), day, operators };
}

/** One user's own status, as every console of theirs shows it. */
export async function readMyStatus(deps: ReadDeps, userId: string): Promise<MyStatus> {
  const [row, queue, reassignment, consoles] = await Promise.all([
    findOperatorState(deps.db, userId),
    findQueueOf(deps.db, userId),
    findUnacknowledged(deps.db, userId),
    consolesOf(deps.presence, userId),
  ]);
  const status = row ? statusOfRow(row) : neverConnected(deps.clock().toISOString());
  return {
    userId,
    state: status.state,
    since: status.since,
    reason: status.reason,
    callId: status.callId,
    consoles,
    pendingState: status.pendingState,
    queue: queue ? presentQueue(queue) : null,
    reassignment: reassignment ? presentReassignment(reassignment) : null,
  };
}
