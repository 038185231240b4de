import { createMessageService, type MessageService } from './message-service';
import type { MessagesDeps } from './messages-deps';
import { createMessageWorker, type MessageWorker } from './queue/message-worker';
import { RETRY_CAP_MS } from './queue/retry-schedule';

export interface MessagesRuntime {
  service: MessageService;
  worker: MessageWorker;
}

/** The messages module's delivery side, wired once per instance: the leads' reads and the worker. */
export function createMessagesRuntime(deps: MessagesDeps): MessagesRuntime {
  const worker = createMessageWorker({
    db: deps.db,
    dialect: deps.dialect,
    clock: deps.clock,
    instanceId: deps.instanceId,
    senders: deps.senders,
    pollMs: deps.delivery.pollMs,
    batch: deps.delivery.batch,
    leaseMs: deps.delivery.leaseMs,
    retry: {
      baseMs: deps.delivery.retryBaseMs,
      capMs: RETRY_CAP_MS,
      maxAttempts: deps.delivery.maxAttempts,
      giveUpAfterMs: deps.delivery.giveUpAfterMs,
    },
    onError: deps.onError,
  });
  return { service: createMessageService(deps), worker };
}
