import type { Kysely } from 'kysely';
import type { SlotChange, SlotsChangedPayload } from '../../../../shared/realtime/events';
import type { Clock } from '../../../kernel/clock';
import type { Database } from '../../../platform/db/schema';
import { slotEventKey } from './slot-event-channel';
import {
  pruneSlotEvents,
  readSlotEventHeads,
  slotEventsAfter,
  type StoredSlotEvent,
} from './slot-event-store';

export interface SlotEventRelayOptions {
  db: Kysely<Database>;
  clock: Clock;
  /** Sends to this instance's own sockets in the sandbox's consulate room. */
  emit(sandbox: string, payload: SlotsChangedPayload): void;
  /** Whether any socket of this instance is in that room (no reading for nobody). */
  hasListeners(sandbox: string, consulateId: string): boolean;
  /** Events of one consulate committed within this window go out together. */
  batchMs: number;
  /** How often heads are read in case a notice was missed (another instance, a dropped LISTEN). */
  pollMs: number;
  /** How long events are kept for clients catching up; older ones are pruned. */
  retentionMs: number;
  onError(error: unknown, what: string): void;
  /** Events sent to this instance's sockets (metrics). */
  onRelayed?(events: number): void;
}

export interface SlotEventRelay {
  /** Loads the heads (nothing older is replayed) and starts polling and pruning. */
  start(): Promise<void>;
  /**
   * Something may have committed for this key: a local transaction (`seq` unknown: it may also have
   * rolled back) or a notice from PostgreSQL (`seq` committed).
   */
  touched(key: { sandbox: string; consulateId: string }, committedSeq?: number): void;
  /** Relay what was touched soon (after a local transaction ended). */
  wake(): void;
  /** Reads every head now (after the notice channel reconnected: notices may have been lost). */
  pollNow(): Promise<void>;
  /** Relays what is pending, then stops the timers. */
  stop(): Promise<void>;
  /** How long the oldest change known to be pending has waited (ms; 0 when caught up): the outbox's lag. */
  lagMs(): number;
}

const PAGE = 500;

/** Merges consecutive events into one payload: later values win, numbers `fromSeq`..`seq` (`fromSeq` only when several). */
export function mergeSlotEvents(
  consulateId: string,
  events: readonly StoredSlotEvent[],
): SlotsChangedPayload | null {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return null;
  const changes = new Map<string, number>();
  for (const event of events)
    for (const change of event.changes) changes.set(change.slotId, change.available);
  const merged: SlotChange[] = [...changes].map(([slotId, available]) => ({ slotId, available }));
  return first.seq === last.seq
    ? { consulateId, changes: merged, seq: last.seq }
    : { consulateId, changes: merged, seq: last.seq, fromSeq: first.seq };
}

/**
 * One per server instance: reads committed events from the outbox and sends them to the sockets
 * of this instance, in number order, once each. Every instance relays every event, so a change
 * committed on A reaches the consoles connected to B; socket.io's adapter is not involved.
 */
export function createSlotEventRelay(options: SlotEventRelayOptions): SlotEventRelay {
  const cursors = new Map<string, number>();
  let dirty = new Map<string, { sandbox: string; consulateId: string; committedSeq: number }>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let draining: Promise<void> | null = null;
  let stopped = false;
  const intervals: ReturnType<typeof setInterval>[] = [];
  // Since when each key has had something to relay: set when it is first marked, cleared once a
  // relay of it ends well with nothing newer marked (a failed relay keeps it: the poll retries it).
  const pendingSince = new Map<string, number>();

  function schedule() {
    if (stopped || timer || draining || dirty.size === 0) return;
    timer = setTimeout(() => {
      timer = null;
      void drain();
    }, options.batchMs);
  }

  async function drain() {
    if (draining) return draining;
    draining = (async () => {
      while (dirty.size > 0) {
        const batch = [...dirty.values()];
        dirty = new Map();
        await Promise.all(
          batch.map((entry) =>
            relayKey(entry).then(
              () => {
                const key = slotEventKey(entry.sandbox, entry.consulateId);
                if (!dirty.has(key)) pendingSince.delete(key);
              },
              (error: unknown) => options.onError(error, 'slot events: relay'),
            ),
          ),
        );
      }
    })();
    try {
      await draining;
    } finally {
      draining = null;
      schedule();
    }
  }

  async function relayKey({
    sandbox,
    consulateId,
    committedSeq,
  }: {
    sandbox: string;
    consulateId: string;
    committedSeq: number;
  }) {
    const key = slotEventKey(sandbox, consulateId);
    const cursor = cursors.get(key) ?? 0;
    if (committedSeq > 0 && committedSeq <= cursor) return;
    if (!options.hasListeners(sandbox, consulateId)) {
      // Nobody here watches it: move on without reading (only to a number known committed).
      if (committedSeq > cursor) cursors.set(key, committedSeq);
      return;
    }
    const events = await slotEventsAfter(options.db, sandbox, consulateId, cursor, PAGE);
    const payload = mergeSlotEvents(consulateId, events);
    if (!payload || payload.seq <= (cursors.get(key) ?? 0)) return;
    cursors.set(key, payload.seq);
    options.emit(sandbox, payload);
    options.onRelayed?.(events.length);
    if (events.length === PAGE) markDirty(sandbox, consulateId, 0);
  }

  function markDirty(sandbox: string, consulateId: string, committedSeq: number) {
    const key = slotEventKey(sandbox, consulateId);
    if (!pendingSince.has(key)) pendingSince.set(key, options.clock().getTime());
    const entry = dirty.get(key);
    if (entry) entry.committedSeq = Math.max(entry.committedSeq, committedSeq);
    else dirty.set(key, { sandbox, consulateId, committedSeq });
  }

  let polling: Promise<void> | null = null;
  /** One read of the heads at a time; none after stop (the database may be closing). */
  function poll(): Promise<void> {
    if (stopped) return Promise.resolve();
    polling ??= readHeads().finally(() => {
      polling = null;
    });
    return polling;
  }

  async function readHeads() {
    const behind = new Set<string>();
    for (const head of await readSlotEventHeads(options.db)) {
      const key = slotEventKey(head.sandbox, head.consulateId);
      if (head.seq > (cursors.get(key) ?? 0)) {
        behind.add(key);
        markDirty(head.sandbox, head.consulateId, head.seq);
      }
    }
    // A key whose relay failed after a change that rolled back has nothing left to relay.
    for (const key of pendingSince.keys()) if (!behind.has(key) && !dirty.has(key)) pendingSince.delete(key);
    schedule();
  }

  return {
    async start() {
      for (const head of await readSlotEventHeads(options.db))
        cursors.set(slotEventKey(head.sandbox, head.consulateId), head.seq);
      const every = (ms: number, what: string, run: () => Promise<unknown>) => {
        let running = false;
        const interval = setInterval(() => {
          if (running || stopped) return;
          running = true;
          run()
            .catch((error: unknown) => options.onError(error, what))
            .finally(() => {
              running = false;
            });
        }, ms);
        interval.unref();
        intervals.push(interval);
      };
      every(options.pollMs, 'slot events: poll', poll);
      every(Math.max(1000, Math.min(60_000, options.retentionMs / 4)), 'slot events: prune', () =>
        pruneSlotEvents(options.db, new Date(options.clock().getTime() - options.retentionMs).toISOString()),
      );
    },
    touched({ sandbox, consulateId }, committedSeq = 0) {
      if (stopped) return;
      markDirty(sandbox, consulateId, committedSeq);
      // A notice is news from outside: relay it on the batch clock. A local change waits for wake().
      if (committedSeq > 0) schedule();
    },
    wake: schedule,
    pollNow: poll,
    lagMs() {
      if (pendingSince.size === 0) return 0;
      return Math.max(0, options.clock().getTime() - Math.min(...pendingSince.values()));
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      stopped = true;
      for (const interval of intervals) clearInterval(interval);
      await polling?.catch(() => {});
      await drain().catch(() => {});
    },
  };
}
