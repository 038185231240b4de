import type { QueueLoad } from '../../../../shared/api/floor/queues';

/** A queue whose service level of the last 30 minutes is under the lead's target (none measured: not under). */
export const belowTarget = (q: Pick<QueueLoad, 'serviceLevel' | 'serviceLevelTarget'>): boolean =>
  q.serviceLevel !== null && q.serviceLevel < q.serviceLevelTarget;

/**
 * Which queues fell below their target and which came back since the queues were last seen
 * (`previous`: the ids that were below then). What is said aloud is the change, not the state.
 */
export function targetAlertChanges(
  previous: ReadonlySet<string>,
  queues: readonly QueueLoad[],
): { below: Set<string>; fell: QueueLoad[]; recovered: QueueLoad[] } {
  const below = new Set(queues.filter(belowTarget).map((q) => q.id));
  return {
    below,
    fell: queues.filter((q) => below.has(q.id) && !previous.has(q.id)),
    recovered: queues.filter((q) => previous.has(q.id) && !below.has(q.id)),
  };
}

/** The seconds shown for a wait received `receivedAt` (ms) with `seconds`, at `nowMs`: it keeps growing between pushes. */
export const waitNow = (seconds: number, receivedAt: number, nowMs: number): number =>
  seconds + Math.max(0, Math.floor((nowMs - receivedAt) / 1000));
