import type { QueueLoad, SetQueueTargetBody } from '../../../shared/api/floor/queues';
import type { Actor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import type { FloorDeps } from './floor-deps';
import { readQueueLoads } from './queue-loads';
import { findQueue, setQueueTarget } from './queue-repository';

/**
 * A lead sets a queue's service level target (and, if given, the answer time it counts within), in
 * one audited transaction; the answer is the queue's figures under the new target.
 */
export async function setServiceLevelTarget(
  deps: Pick<FloorDeps, 'db' | 'transact' | 'clock'>,
  lead: Actor,
  queueId: string,
  body: SetQueueTargetBody,
): Promise<QueueLoad> {
  const now = deps.clock();
  await deps.transact(async (trx) => {
    const queue = await findQueue(trx, queueId);
    if (!queue) throw notFound(`Queue ${queueId}`);
    const next = {
      serviceLevelTarget: body.serviceLevelTarget,
      serviceLevelSeconds: body.serviceLevelSeconds ?? Number(queue.service_level_seconds),
    };
    await setQueueTarget(trx, queueId, next);
    await appendAudit(
      trx,
      now,
      lead,
      'floor.queue_target_changed',
      { type: 'queue', id: queueId },
      {
        from: {
          serviceLevelTarget: Number(queue.service_level_target),
          serviceLevelSeconds: Number(queue.service_level_seconds),
        },
        to: next,
      },
    );
  });
  const loads = await readQueueLoads(deps);
  const load = loads.find((q) => q.id === queueId);
  if (!load) throw notFound(`Queue ${queueId}`);
  return load;
}
