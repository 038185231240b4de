import type { Clock } from '../../../kernel/clock';
import type { DatabaseHandle } from '../../../platform/db/database';
import type { Transact } from '../../../platform/db/transaction-runner';
import type { Emit } from '../../../platform/realtime/socket-server';
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
  start(sockets: { emit: Emit; hasListeners(sandbox: string, consulateId: string): boolean }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The outbox wired for one instance: the log commands write to, the relay that sends committed
 * events to this instance's sockets, and on PostgreSQL the LISTEN that hears other instances'
 * commits at once (the relay's polling covers a notice lost while that connection was down).
 */
export function createSlotOutbox(options: {
  database: DatabaseHandle;
  databaseUrl: string;
  clock: Clock;
  batchMs: number;
  pollMs: number;
  retentionMs: number;
  onError(error: unknown, what: string): void;
}): SlotOutbox {
  const { database } = options;
  let sockets: Parameters<SlotOutbox['start']>[0] = { emit: () => {}, hasListeners: () => false };
  const relay = createSlotEventRelay({
    db: database.db,
    clock: options.clock,
    emit: (sandbox, payload) => sockets.emit(sandbox, payload),
    hasListeners: (sandbox, consulateId) => sockets.hasListeners(sandbox, consulateId),
    batchMs: options.batchMs,
    pollMs: options.pollMs,
    retentionMs: options.retentionMs,
    onError: options.onError,
  });
  const channel = database.dialect === 'postgres' ? slotEventChannel(options.databaseUrl) : undefined;
  const log = createSlotChangeLog({ dialect: database.dialect, clock: options.clock, channel, touched: (key) => relay.touched(key) });
  let listener: NoticeListener | null = null;
  return {
    log,
    transact: (work) => database.transact(work).finally(relay.wake),
    async start(target) {
      sockets = target;
      await relay.start();
      if (channel) {
        listener = listenForNotices({
          databaseUrl: options.databaseUrl,
          channel,
          onNotice(payload) {
            const notice = decodeNotice(payload);
            if (notice) relay.touched(notice, notice.seq);
          },
          onReconnect: () => void relay.pollNow().catch((error: unknown) => options.onError(error, 'slot events: poll after reconnect')),
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
