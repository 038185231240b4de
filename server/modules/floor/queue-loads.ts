import type { QueueLoad } from '../../../shared/api/floor/queues';
import { callCenterToday } from '../../../shared/domain/floor/call-center';
import { listQueueMemberStates, listQueues, queueCallCounts } from './queue-repository';
import { callCenterDayRange } from './call-center-day';
import type { FloorDeps } from './floor-deps';
import { presentQueue } from './present-floor';

const HOUR_MS = 3_600_000;

type Counts = Pick<QueueLoad, 'members' | 'available' | 'onCall' | 'wrapUp' | 'onBreak' | 'offline'>;
const countKey = {
  available: 'available',
  on_call: 'onCall',
  wrap_up: 'wrapUp',
  break: 'onBreak',
  offline: 'offline',
} as const;

/**
 * Each queue with its operators by state now, and the live calls its members took today (on the
 * call center's date) and in the last hour. Three queries whatever the size of the floor.
 */
export async function readQueueLoads(deps: Pick<FloorDeps, 'db' | 'clock'>): Promise<QueueLoad[]> {
  const now = deps.clock();
  const day = callCenterDayRange(callCenterToday(now));
  const [queues, members, calls] = await Promise.all([
    listQueues(deps.db),
    listQueueMemberStates(deps.db),
    queueCallCounts(deps.db, day, new Date(now.getTime() - HOUR_MS).toISOString()),
  ]);
  const counts = new Map<string, Counts>();
  for (const member of members) {
    let c = counts.get(member.queue_id);
    if (!c)
      counts.set(
        member.queue_id,
        (c = { members: 0, available: 0, onCall: 0, wrapUp: 0, onBreak: 0, offline: 0 }),
      );
    c.members += 1;
    c[countKey[member.state ?? 'offline']] += 1;
  }
  const callsOf = new Map(calls.map((c) => [c.queue_id, c]));
  return queues.map((q) => ({
    ...presentQueue(q),
    ...(counts.get(q.id) ?? { members: 0, available: 0, onCall: 0, wrapUp: 0, onBreak: 0, offline: 0 }),
    callsToday: Number(callsOf.get(q.id)?.calls ?? 0),
    callsLastHour: Number(callsOf.get(q.id)?.last_hour ?? 0),
  }));
}
