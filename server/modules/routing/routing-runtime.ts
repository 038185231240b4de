import type { Kysely } from 'kysely';
import type { RoutingRules } from '../../../shared/domain/routing/routing-rules';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import { userRoom } from '../../platform/realtime/rooms';
import type { TypedServer } from '../../platform/realtime/socket-types';
import type { OperatorTransitions } from '../floor';
import { createCarrierRegistry } from './carrier-registry';
import { listQueueIds } from './operator-repository';
import { routingSocketHandlers } from './routing-handlers';
import type { RoutingDeps } from './routing-deps';
import { checkRulesAgainstQueues } from './routing-rules-file';
import { createRoutingService, type RoutingService } from './routing-service';

export interface RoutingRuntimeDeps {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  io: TypedServer;
  rules: RoutingRules;
  /** The file the rules came from, named when they do not fit the queues. */
  rulesFile: string;
  offerTimeoutSeconds: number;
  tickMs: number;
  operators: OperatorTransitions;
  onError(error: unknown, what: string): void;
}

/**
 * The routing wired once: the service, its socket side and the tick every instance runs (offers run
 * out, calls left offered by an instance that died, overflow times passed, calls waiting after a
 * restart). `start()` checks the rules against the queues that exist, then starts the tick.
 */
export function createRoutingRuntime(deps: RoutingRuntimeDeps) {
  const { io } = deps;
  const queueListeners: ((queueId: string) => void)[] = [];
  const routingDeps: RoutingDeps = {
    db: deps.db,
    transact: deps.transact,
    clock: deps.clock,
    rules: deps.rules,
    offerTimeoutSeconds: deps.offerTimeoutSeconds,
    operators: deps.operators,
    carriers: createCarrierRegistry(),
    events: {
      offered: (operatorId, payload) => io.to(userRoom(operatorId)).emit('call:offered', payload),
      withdrawn: (operatorId, payload) => io.to(userRoom(operatorId)).emit('call:offer_withdrawn', payload),
      ended: (operatorId, payload) => io.to(userRoom(operatorId)).emit('call:ended', payload),
    },
    queueActivity(queueId) {
      for (const listener of queueListeners) {
        try {
          listener(queueId);
        } catch (error) {
          deps.onError(error, 'routing: queue activity listener');
        }
      }
    },
    onError: deps.onError,
  };
  const service: RoutingService = createRoutingService(routingDeps);
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;

  return {
    service,
    socketHandlers: routingSocketHandlers(routingDeps),
    /** Told the queue whenever its calls change (arrived, offered, answered, abandoned, ended). */
    onQueueActivity(listener: (queueId: string) => void) {
      queueListeners.push(listener);
    },
    async start() {
      checkRulesAgainstQueues(deps.rulesFile, deps.rules, await listQueueIds(deps.db));
      timer = setInterval(() => {
        if (ticking) return;
        ticking = true;
        void service
          .tick()
          .catch((error: unknown) => deps.onError(error, 'routing: tick'))
          .finally(() => {
            ticking = false;
          });
      }, deps.tickMs);
      timer.unref();
      service.dispatchSoon();
    },
    async stop() {
      clearInterval(timer);
      while (ticking) await new Promise((resolve) => setTimeout(resolve, 10));
      await service.stop();
    },
  };
}

export type RoutingRuntime = ReturnType<typeof createRoutingRuntime>;
