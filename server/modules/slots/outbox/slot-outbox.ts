import type { Clock } from '../../../kernel/clock';
import type { DatabaseHandle } from '../../../platform/db/database';
import type { Transact } from '../../../platform/db/transaction-runner';
import { slotRoom } from '../../../platform/realtime/rooms';
import type { TypedServer } from '../../../platform/realtime/socket-types';
import { listenForNotices, type NoticeListener } from './postgres-notice-listener';
import { createSlotChangeLog, type SlotChangeLog } from './slot-change-log';
import { decodeNotice, slotEventChannel } from './slot-event-channel';
import { createSlotEventRelay } from './slot-event-relay';

export interface SlotOutbox {
  /** What commands write their seat changes to, in their transaction. */
  log: SlotChangeLog;
  /** The database's unit-of-work runner, waking this instance's relay when a unit ends. */
  transact: Transact;
  /** Starts relaying to this instance's sockets (and, on PostgreSQL, listening to the others). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Age of the oldest committed change this instance has not relayed yet (ms; 0 when caught up). */
  lagMs(): number;
}

/**
 * The outbox wired for one instance: the log commands write to, the relay that sends committed
 * events to this instance's sockets, and on PostgreSQL the LISTEN that hears other instances'
 * commits at once (the relay's polling covers a notice lost while that connection was down).
 */
export function createSlotOutbox(options: {
  database: DatabaseHandle;
  /** This instance's socket.io: every instance relays every committed event to its own sockets. */
  io: TypedServer;
  databaseUrl: string;
  clock: Clock;
  batchMs: number;
  pollMs: number;
  retentionMs: number;
  onError(error: unknown, what: string): void;
  /** Events relayed to this instance's sockets (metrics). */
  onRelayed?(events: number): void;
}): SlotOutbox {
  const { database, io } = options;
  const relay = createSlotEventRelay({
    db: database.db,
    clock: options.clock,
    // Local only: the other instances relay the same committed events to their own sockets.
    emit: (sandbox, payload) =>
      io.local.to(slotRoom(sandbox, payload.consulateId)).emit('slots:changed', payload),
    hasListeners: (sandbox, consulateId) =>
      (io.sockets.adapter.rooms.get(slotRoom(sandbox, consulateId))?.size ?? 0) > 0,
    batchMs: options.batchMs,
    pollMs: options.pollMs,
    retentionMs: options.retentionMs,
    onError: options.onError,
    onRelayed: options.onRelayed,
  });
  const channel = database.dialect === 'postgres' ? slotEventChannel(options.databaseUrl) : undefined;
  const log = createSlotChangeLog({
    dialect: database.dialect,
    clock: options.clock,
    channel,
    touched: (key) => relay.touched(key),
  });
  let listener: NoticeListener | null = null;
  return {
    log,
    transact: (work) => database.transact(work).finally(relay.wake),
    lagMs: () => relay.lagMs(),
    async start() {
      await relay.start();
      if (channel) {
        listener = listenForNotices({
          databaseUrl: options.databaseUrl,
          channel,
          onNotice(payload) {
            const notice = decodeNotice(payload);
            if (notice) relay.touched(notice, notice.seq);
          },
          onReconnect: () =>
            void relay
              .pollNow()
              .catch((error: unknown) => options.onError(error, 'slot events: poll after reconnect')),
          onError: options.onError,
        });
      }
    },
    async stop() {
      await listener?.close();
      await relay.stop();
    },
  };
}
