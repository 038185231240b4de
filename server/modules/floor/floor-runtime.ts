import type { Kysely } from 'kysely';
import type { MyStatus } from '../../../shared/api/floor/floor';
import type { FloorChangedPayload, ReassignmentReceivedPayload } from '../../../shared/realtime/events';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../platform/db/schema';
import type { Transact } from '../../platform/db/transaction-runner';
import { floorSocketHandlers } from './floor-handlers';
import { FLOOR_ROOM, userRoom } from '../../platform/realtime/rooms';
import type { TypedServer } from '../../platform/realtime/socket-types';
import { listOnlineUserIds } from './floor-repository';
import { clusterConsoleCounts, localConsoleCounts } from './console-census';
import { createFloorChangeBroadcaster } from './floor-change-broadcaster';
import type { ConsoleCounts, FloorEvents } from './floor-deps';
import { createFloorService, type FloorService } from './floor-service';
import { createPresenceSweep, type PresenceSweep } from './presence-sweep';
import { createPresenceTracker } from './presence-tracker';
import { createStatusBroadcaster } from './status-broadcaster';

/** Several instances share socket.io through an adapter: what the floor needs to know of it. */
export interface FloorCluster {
  /** Whether this instance runs this round of the presence sweep (a lease among the instances). */
  claimSweep(): Promise<boolean>;
}

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
export function createFloorRuntime(options: {
  db: Kysely<Database>;
  transact: Transact;
  clock: Clock;
  graceMs: number;
  batchMs: number;
  io: TypedServer;
  /** Several instances (socket.io's Redis adapter); null: this instance alone. */
  cluster: FloorCluster | null;
  onError(error: unknown, what: string): void;
}) {
  const { io, cluster } = options;
  const clustered = cluster !== null;
  let sweep: PresenceSweep | null = null;
  const onError = options.onError;
  // The tracker and the service name each other: the tracker's callbacks run only after both exist.
  const tracker = createPresenceTracker({
    graceMs: options.graceMs,
    online: (userId) => void service.consoleConnected(userId).catch((error: unknown) => onError(error, 'floor: console connected')),
    gone: (userId) => void service.consolesGone(userId).catch((error: unknown) => onError(error, 'floor: consoles gone')),
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
    batchMs: options.batchMs,
    // The floor room's local size says nothing of leads on other instances: read and send anyway.
    hasSubscribers: () => clustered || (io.sockets.adapter.rooms.get(FLOOR_ROOM)?.size ?? 0) > 0,
    readOperators: (userIds) => service.floorOperators(userIds),
    emit: (payload: FloorChangedPayload) => io.to(FLOOR_ROOM).emit('floor:changed', payload),
    onError: (error) => onError(error, 'floor: floor:changed'),
  });
  const events: FloorEvents = {
    changed(userIds) {
      for (const userId of userIds) statuses.changed(userId);
      floorChanges.changed(userIds);
    },
    reassigned: (userId, payload: ReassignmentReceivedPayload) => io.to(userRoom(userId)).emit('reassignment:received', payload),
  };
  const service: FloorService = createFloorService({ db: options.db, transact: options.transact, clock: options.clock, presence, events, onError });

  return {
    service,
    socketHandlers: floorSocketHandlers(service, tracker),
    async start() {
      tracker.awaitReconnect(await listOnlineUserIds(options.db));
      if (!cluster) return;
      const { claimSweep } = cluster;
      sweep = createPresenceSweep({
        intervalMs: Math.max(options.graceMs, 1000),
        heldOnline: () => listOnlineUserIds(options.db),
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
    },
  };
}

export type FloorRuntime = ReturnType<typeof createFloorRuntime>;
