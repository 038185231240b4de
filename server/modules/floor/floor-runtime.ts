import type { MyStatus } from '../../../shared/api/floor/floor';
import type {
  FloorChangedPayload,
  QueuesChangedPayload,
  ReassignmentReceivedPayload,
} from '../../../shared/realtime/events';
import { floorSocketHandlers } from './floor-handlers';
import { FLOOR_ROOM, userRoom } from '../../platform/realtime/rooms';
import { listOnlineUserIds } from './floor-repository';
import { clusterConsoleCounts, localConsoleCounts } from './console-census';
import { createFloorChangeBroadcaster } from './floor-change-broadcaster';
import { createQueueFiguresBroadcaster } from './queue-figures-broadcaster';
import { readQueueLoads } from './queue-loads';
import type { ConsoleCounts, FloorEvents, FloorRuntimeDeps } from './floor-deps';
import { createFloorService, type FloorService } from './floor-service';
import { createPresenceSweep, type PresenceSweep } from './presence-sweep';
import { createPresenceTracker } from './presence-tracker';
import { createStatusBroadcaster } from './status-broadcaster';

/**
 * The live floor wired once: presence (sockets per user, grace period), the floor service, and
 * the news after each committed change — `status:changed` to the user's consoles at once,
 * `floor:changed` to the leads batched per `batchMs` — and its socket handlers. `start()` gives
 * users held online by the database (a restart) the grace period to come back.
 *
 * With `cluster` (several instances, socket.io's Redis adapter) a user's consoles and the leads
 * watching the floor may be on other instances: consoles are counted on every instance before
 * anyone is declared gone, events are sent whatever the local rooms hold (the adapter delivers
 * them), and a sweep every grace period takes offline the users of an instance that died.
 */
export function createFloorRuntime(deps: FloorRuntimeDeps) {
  const { io, cluster } = deps;
  const clustered = cluster !== null;
  let sweep: PresenceSweep | null = null;
  const onError = deps.onError;
  // The tracker and the service name each other: the tracker's callbacks run only after both exist.
  const tracker = createPresenceTracker({
    graceMs: deps.graceMs,
    online: (userId) =>
      void service
        .consoleConnected(userId)
        .catch((error: unknown) => onError(error, 'floor: console connected')),
    gone: (userId) =>
      void service.consolesGone(userId).catch((error: unknown) => onError(error, 'floor: consoles gone')),
    countChanged: (userId) => events.changed([userId]),
  });
  // Across instances a user's consoles may be on another one: they are counted everywhere.
  const presence: ConsoleCounts = clustered ? clusterConsoleCounts(io) : localConsoleCounts(tracker);
  const statuses = createStatusBroadcaster({
    // Locally a user without a console here has none; across instances they may have one elsewhere.
    hasConsoles: (userId) => clustered || tracker.consoles(userId) > 0,
    readStatus: (userId) => service.myStatus(userId),
    emit: (userId, status: MyStatus) => io.to(userRoom(userId)).emit('status:changed', status),
    onError: (error) => onError(error, 'floor: status:changed'),
  });
  const floorChanges = createFloorChangeBroadcaster({
    batchMs: deps.batchMs,
    // The floor room's local size says nothing of leads on other instances: read and send anyway.
    hasSubscribers: () => clustered || (io.sockets.adapter.rooms.get(FLOOR_ROOM)?.size ?? 0) > 0,
    readOperators: (userIds) => service.floorOperators(userIds),
    emit: (payload: FloorChangedPayload) => io.to(FLOOR_ROOM).emit('floor:changed', payload),
    onError: (error) => onError(error, 'floor: floor:changed'),
  });
  const queueChanges = createQueueFiguresBroadcaster({
    batchMs: deps.queueBatchMs ?? 1000,
    hasSubscribers: () => clustered || (io.sockets.adapter.rooms.get(FLOOR_ROOM)?.size ?? 0) > 0,
    readQueues: async () => {
      const at = deps.clock();
      return { at, queues: await readQueueLoads({ db: deps.db, clock: () => at }) };
    },
    emit: (payload: QueuesChangedPayload) => io.to(FLOOR_ROOM).emit('queues:changed', payload),
    onError: (error) => onError(error, 'floor: queues:changed'),
  });
  // Other modules hear of committed state changes (the routing offers calls to whoever became available).
  const changeListeners: ((userIds: readonly string[]) => void)[] = [];
  const events: FloorEvents = {
    changed(userIds) {
      for (const userId of userIds) statuses.changed(userId);
      floorChanges.changed(userIds);
      // Operators by state are part of every queue's figures.
      queueChanges.changed();
      for (const listener of changeListeners) listener(userIds);
    },
    queuesChanged: (queueIds) => queueChanges.changed(queueIds),
    reassigned: (userId, payload: ReassignmentReceivedPayload) =>
      io.to(userRoom(userId)).emit('reassignment:received', payload),
  };
  const service: FloorService = createFloorService({
    db: deps.db,
    transact: deps.transact,
    clock: deps.clock,
    presence,
    events,
    onError,
  });

  return {
    service,
    // A lead joining the floor gets the queues' figures pushed from then on (waits grow while they watch).
    socketHandlers: floorSocketHandlers(service, tracker, () => queueChanges.changed()),
    /** Told after each committed change of users' states, queues or consoles on this instance. */
    onOperatorsChanged(listener: (userIds: readonly string[]) => void) {
      changeListeners.push(listener);
    },
    async start() {
      tracker.awaitReconnect(await listOnlineUserIds(deps.db));
      if (!cluster) return;
      const { claimSweep } = cluster;
      sweep = createPresenceSweep({
        intervalMs: Math.max(deps.graceMs, 1000),
        heldOnline: () => listOnlineUserIds(deps.db),
        connected: async () => new Set((await presence.count()).keys()),
        gone: (userId) => service.consolesGone(userId),
        claim: claimSweep,
        onError: (error) => onError(error, 'floor: presence sweep'),
      });
    },
    async stop() {
      sweep?.stop();
      tracker.stop();
      await floorChanges.flush().catch(() => {});
      floorChanges.stop();
      queueChanges.stop();
    },
  };
}

export type FloorRuntime = ReturnType<typeof createFloorRuntime>;
