import type { QueueLoad, WaitingCall } from '../../../shared/api/floor/queues';
import { WAITING_CALLS_LISTED } from '../../../shared/api/floor/queues';
import { callCenterToday } from '../../../shared/domain/floor/call-center';
import { listQueueMemberStates, listQueues, listWaitingCalls, queueCallCounts } from './queue-repository';
import { dayHandleTimes, dayOutcomes } from './settled-queue-figures';
import { callCenterDayRange } from './call-center-day';
import type { FloorDeps } from './floor-deps';
import { presentQueue } from './present-floor';
import {
  abandonmentRate,
  addTally,
  averageSpeedOfAnswer,
  emptyTally,
  maskNumber,
  serviceLevel,
  waitedSeconds,
  type OutcomeTally,
} from './queue-figures';

const HOUR_MS = 3_600_000;
/** The service level window: calls whose outcome happened in the last 30 minutes. */
export const SERVICE_LEVEL_WINDOW_MS = 30 * 60_000;

type Counts = Pick<QueueLoad, 'members' | 'available' | 'onCall' | 'wrapUp' | 'onBreak' | 'offline'>;
const noMembers = (): Counts => ({ members: 0, available: 0, onCall: 0, wrapUp: 0, onBreak: 0, offline: 0 });
const countKey = {
  available: 'available',
  on_call: 'onCall',
  wrap_up: 'wrapUp',
  break: 'onBreak',
  offline: 'offline',
} as const;

interface Outcomes {
  today: OutcomeTally;
  recent: OutcomeTally;
}

/**
 * Each queue with its operators by state now, the live calls its members took today (on the call
 * center's date) and in the last hour, its callers waiting now, and its routed calls' figures: today
 * and over the last 30 minutes (see QueueLoad), the last 30 minutes possibly reaching into yesterday.
 * A few grouped queries whatever the size of the floor; the hours long past are read once (settled-queue-figures).
 */
export async function readQueueLoads(deps: Pick<FloorDeps, 'db' | 'clock'>): Promise<QueueLoad[]> {
  const now = deps.clock();
  const day = callCenterDayRange(callCenterToday(now));
  const recentFrom = new Date(now.getTime() - SERVICE_LEVEL_WINDOW_MS).toISOString();
  const queues = await listQueues(deps.db);
  const [members, calls, outcomeRows, handleRows, waitingRows] = await Promise.all([
    listQueueMemberStates(deps.db),
    queueCallCounts(deps.db, day, new Date(now.getTime() - HOUR_MS).toISOString()),
    dayOutcomes(deps.db, day, now, recentFrom, queues),
    dayHandleTimes(deps.db, day, now),
    listWaitingCalls(deps.db),
  ]);

  const counts = new Map<string, Counts>();
  for (const member of members) {
    let c = counts.get(member.queue_id);
    if (!c) counts.set(member.queue_id, (c = noMembers()));
    c.members += 1;
    c[countKey[member.state ?? 'offline']] += 1;
  }

  const outcomes = new Map<string, Outcomes>();
  const dayFromHour = day.from.slice(0, 13);
  for (const row of outcomeRows) {
    let o = outcomes.get(row.queue_id);
    if (!o) outcomes.set(row.queue_id, (o = { today: emptyTally(), recent: emptyTally() }));
    // Mexico City's offset is whole hours: a UTC hour is inside the day or outside it whole.
    if (row.utc_hour >= dayFromHour)
      addTally(o.today, {
        answered: Number(row.answered),
        answeredWithin: Number(row.answered_within),
        abandoned: Number(row.abandoned),
        answerMs: Number(row.answer_ms ?? 0),
      });
    addTally(o.recent, {
      answered: Number(row.recent_answered),
      answeredWithin: Number(row.recent_within),
      abandoned: Number(row.recent_abandoned),
      answerMs: 0,
    });
  }

  const waiting = new Map<string, { count: number; calls: WaitingCall[]; longest: number }>();
  for (const row of waitingRows) {
    let w = waiting.get(row.queue_id);
    if (!w) waiting.set(row.queue_id, (w = { count: 0, calls: [], longest: 0 }));
    const waitingSeconds = waitedSeconds(row.arrived_at, now);
    w.count += 1;
    // Oldest first: the first is the longest wait.
    if (w.count === 1) w.longest = waitingSeconds;
    if (w.calls.length < WAITING_CALLS_LISTED)
      w.calls.push({
        callId: row.id,
        from: maskNumber(row.from_number),
        language: row.language,
        waitingSeconds,
        offeredTo: row.operator_id ?? null,
      });
  }

  const callsOf = new Map(calls.map((c) => [c.queue_id, c]));
  const handleOf = new Map(handleRows.map((h) => [h.queue_id, h]));
  return queues.map((q): QueueLoad => {
    const o = outcomes.get(q.id) ?? { today: emptyTally(), recent: emptyTally() };
    const w = waiting.get(q.id);
    const h = handleOf.get(q.id);
    const ended = Number(h?.ended ?? 0);
    return {
      ...presentQueue(q),
      ...(counts.get(q.id) ?? noMembers()),
      callsToday: Number(callsOf.get(q.id)?.calls ?? 0),
      callsLastHour: Number(callsOf.get(q.id)?.last_hour ?? 0),
      waiting: w?.count ?? 0,
      longestWaitSeconds: w?.longest ?? 0,
      answeredToday: o.today.answered,
      abandonedToday: o.today.abandoned,
      serviceLevel: serviceLevel(o.recent),
      serviceLevelToday: serviceLevel(o.today),
      serviceLevelTarget: Number(q.service_level_target),
      serviceLevelSeconds: Number(q.service_level_seconds),
      averageSpeedOfAnswerSeconds: averageSpeedOfAnswer(o.today),
      averageHandleSeconds: ended === 0 ? null : Number(h?.handle_ms ?? 0) / ended / 1000,
      abandonmentRate: abandonmentRate(o.today),
      waitingCalls: w?.calls ?? [],
    };
  });
}
