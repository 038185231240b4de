import type { Kysely } from 'kysely';
import type { MyStatus } from '../../shared/api/floor';
import type { FloorChangedPayload, ReassignmentReceivedPayload } from '../../shared/realtime/events';
import type { Clock } from '../booking/clock';
import type { Database } from '../db/schema';
import type { Transact } from '../db/transaction-runner';
import type { FloorRealtime } from '../realtime/handlers/floor-handlers';
import { FLOOR_ROOM, userRoom } from '../realtime/rooms';
import type { TypedServer } from '../realtime/socket-types';
import { listOnlineUserIds } from '../repositories/floor-repository';
import { createFloorChangeBroadcaster } from './floor-change-broadcaster';
import type { FloorEvents } from './floor-deps';
import { createFloorService, type FloorService } from './floor-service';
import { createPresenceTracker } from './presence-tracker';
import { createStatusBroadcaster } from './status-broadcaster';

interface Emitters {
  status(userId: string, status: MyStatus): void;
  floor(payload: FloorChangedPayload): void;
  reassignment(userId: string, payload: ReassignmentReceivedPayload): void;
  floorWatched(): boolean;
}

const silent: Emitters = { status: () => {}, floor: () => {}, reassignment: () => {}, floorWatched: () => false };

/**
 * The live floor wired once: presence (sockets per user, grace period), the floor service, and
 * the news after each committed change — `status:changed` to the user's consoles at once,
 * `floor:changed` to the leads batched per `batchMs`. `attach(io)` connects it to socket.io;
 * `start()` gives users held online by the database (a restart) the grace period to come back.
 */
export function createFloorRuntime(options: { db: Kysely<Database>; transact: Transact; clock: Clock; graceMs: number; batchMs: number; onError(error: unknown, what: string): void }) {
  let emit = silent;
  let service: FloorService | null = null;
  const onError = options.onError;
  const presence = createPresenceTracker({
    graceMs: options.graceMs,
    online: (userId) => void service?.consoleConnected(userId).catch((error: unknown) => onError(error, 'floor: console connected')),
    gone: (userId) => void service?.consolesGone(userId).catch((error: unknown) => onError(error, 'floor: consoles gone')),
    countChanged: (userId) => events.changed([userId]),
  });
  const statuses = createStatusBroadcaster({
    hasConsoles: (userId) => presence.consoles(userId) > 0,
    readStatus: (userId) => (service as FloorService).myStatus(userId),
    emit: (userId, status) => emit.status(userId, status),
    onError: (error) => onError(error, 'floor: status:changed'),
  });
  const floorChanges = createFloorChangeBroadcaster({
    batchMs: options.batchMs,
    hasSubscribers: () => emit.floorWatched(),
    readOperators: (userIds) => (service as FloorService).floorOperators(userIds),
    emit: (payload) => emit.floor(payload),
    onError: (error) => onError(error, 'floor: floor:changed'),
  });
  const events: FloorEvents = {
    changed(userIds) {
      for (const userId of userIds) statuses.changed(userId);
      floorChanges.changed(userIds);
    },
    reassigned: (userId, payload) => emit.reassignment(userId, payload),
  };
  service = createFloorService({ db: options.db, transact: options.transact, clock: options.clock, presence, events, onError });

  const realtime: FloorRealtime = { presence, acknowledge: (actor, id) => (service as FloorService).acknowledge(actor, id), onError };
  return {
    service,
    realtime,
    attach(io: TypedServer) {
      emit = {
        status: (userId, status) => io.to(userRoom(userId)).emit('status:changed', status),
        floor: (payload) => io.to(FLOOR_ROOM).emit('floor:changed', payload),
        reassignment: (userId, payload) => io.to(userRoom(userId)).emit('reassignment:received', payload),
        floorWatched: () => (io.sockets.adapter.rooms.get(FLOOR_ROOM)?.size ?? 0) > 0,
      };
    },
    async start() {
      presence.awaitReconnect(await listOnlineUserIds(options.db));
    },
    async stop() {
      presence.stop();
      await floorChanges.flush().catch(() => {});
      floorChanges.stop();
      emit = silent;
    },
  };
}
