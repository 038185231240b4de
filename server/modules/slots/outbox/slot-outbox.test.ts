import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SlotsChangedPayload } from '../../../../shared/realtime/events';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  type TestDatabase,
  type TestDialect,
} from '../../../../test/support/test-database';
import { publishSlots } from '../publish-slots';
import type { SeatCounts } from '../seat-ledger';
import { seedReferenceData } from '../../../seed/reference-seed';
import { catchUpSlotEvents } from './slot-catch-up';
import { createSlotChangeLog, type SlotChangeLog } from './slot-change-log';
import { slotEventChannel } from './slot-event-channel';
import { createSlotEventRelay, type SlotEventRelay } from './slot-event-relay';
import { currentSlotSeq, pruneSlotEvents, slotEventsAfter } from './slot-event-store';
import { listenForNotices } from './postgres-notice-listener';

const NOW = new Date('2026-03-09T15:00:00.000Z');
const clock = () => NOW;
const session = { open: '08:00', close: '09:00', slotMinutes: 15, seats: 2 };

describeEachDialect('the slot outbox', (dialect: TestDialect) => {
  let t: TestDatabase;
  let log: SlotChangeLog;
  let slots: { id: string; consulate_id: string }[];
  const relays: SlotEventRelay[] = [];

  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    log = createSlotChangeLog({
      dialect,
      clock,
      channel: dialect === 'postgres' ? slotEventChannel(t.url) : undefined,
    });
    await t.db.transaction().execute(async (trx) => {
      await seedReferenceData(trx, [2026], NOW.toISOString());
      for (const consulate of [
        { id: 'PHX', timeZone: 'America/Phoenix' },
        { id: 'ELP', timeZone: 'America/Denver' },
      ]) {
        await publishSlots(
          trx,
          consulate,
          { from: '2026-03-10', to: '2026-03-10' },
          { 2: [session] },
          new Set(),
        );
      }
    });
    slots = await t.db.selectFrom('slots').select(['id', 'consulate_id']).orderBy('id').execute();
  });
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    await t.cleanup();
  });

  const seat = (index: number, held: number, booked = 0): SeatCounts => {
    const slot = slots.filter((s) => s.consulate_id === 'PHX')[index] as { id: string };
    return { slotId: slot.id, consulateId: 'PHX', capacity: 2, held, booked };
  };
  const elpSeat = (held: number): SeatCounts => {
    const slot = slots.find((s) => s.consulate_id === 'ELP') as { id: string };
    return { slotId: slot.id, consulateId: 'ELP', capacity: 2, held, booked: 0 };
  };
  const record = (sandbox: string, seats: SeatCounts[]) =>
    t.transact((trx) => log.record(trx, sandbox, seats));

  it('numbers the events of each sandbox and consulate one by one, in the transaction that made them', async () => {
    await record('live', [seat(0, 1)]);
    await record('live', [seat(1, 1), elpSeat(1)]);
    await record('practice:usr_x', [seat(0, 2)]);
    expect(await currentSlotSeq(t.db, 'live', 'PHX')).toBe(2);
    expect(await currentSlotSeq(t.db, 'live', 'ELP')).toBe(1);
    expect(await currentSlotSeq(t.db, 'practice:usr_x', 'PHX')).toBe(1);
    expect(await slotEventsAfter(t.db, 'live', 'PHX', 0)).toEqual([
      { seq: 1, changes: [{ slotId: seat(0, 0).slotId, available: 1 }] },
      { seq: 2, changes: [{ slotId: seat(1, 0).slotId, available: 1 }] },
    ]);
  });

  it('a transaction that rolls back leaves neither an event nor a hole in the numbers', async () => {
    await record('live', [seat(0, 1)]);
    await expect(
      t.transact(async (trx) => {
        await log.record(trx, 'live', [seat(0, 2)]);
        throw new Error('refused after recording');
      }),
    ).rejects.toThrow('refused after recording');
    await record('live', [seat(0, 0)]);
    expect(
      (await slotEventsAfter(t.db, 'live', 'PHX', 0)).map((e) => [e.seq, e.changes[0]?.available]),
    ).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('a slot of a closed day offers no seats in its events, whatever its counters say', async () => {
    await t.db
      .insertInto('closed_days')
      .values({
        consulate_id: 'PHX',
        local_date: '2026-03-10',
        reason_es: 'Cierre',
        reason_en: 'Closure',
        closed_by: null,
        closed_at: NOW.toISOString(),
      })
      .execute();
    await record('live', [seat(0, 0), elpSeat(0)]);
    expect((await slotEventsAfter(t.db, 'live', 'PHX', 0))[0]?.changes).toEqual([
      { slotId: seat(0, 0).slotId, available: 0 },
    ]);
    expect((await slotEventsAfter(t.db, 'live', 'ELP', 0))[0]?.changes).toEqual([
      { slotId: elpSeat(0).slotId, available: 2 },
    ]);
  });

  function relayInto(emitted: { sandbox: string; payload: SlotsChangedPayload }[], listening = () => true) {
    const relay = createSlotEventRelay({
      db: t.db,
      clock,
      emit: (sandbox, payload) => emitted.push({ sandbox, payload }),
      hasListeners: listening,
      batchMs: 0,
      pollMs: 60_000,
      retentionMs: 60_000,
      onError: (error) => {
        throw error;
      },
    });
    relays.push(relay);
    return relay;
  }

  it('a relay sends each committed event once, merging what committed together, and nothing from before it started', async () => {
    await record('live', [seat(0, 1)]);
    const emitted: { sandbox: string; payload: SlotsChangedPayload }[] = [];
    const relay = relayInto(emitted);
    await relay.start();
    await record('live', [seat(0, 2)]);
    await record('live', [seat(1, 1)]);
    await relay.pollNow();
    await expect.poll(() => emitted.length).toBe(1);
    expect(emitted[0]).toEqual({
      sandbox: 'live',
      payload: {
        consulateId: 'PHX',
        seq: 3,
        fromSeq: 2,
        changes: [
          { slotId: seat(0, 0).slotId, available: 0 },
          { slotId: seat(1, 0).slotId, available: 1 },
        ],
      },
    });
    await relay.pollNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emitted).toHaveLength(1);
  });

  it('a relay skips the rooms nobody here watches without replaying them later to a new watcher', async () => {
    const emitted: { sandbox: string; payload: SlotsChangedPayload }[] = [];
    let watched = false;
    const relay = relayInto(emitted, () => watched);
    await relay.start();
    await record('live', [seat(0, 1)]);
    await relay.pollNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emitted).toEqual([]);
    watched = true;
    await record('live', [seat(0, 2)]);
    await relay.pollNow();
    await expect
      .poll(() => emitted.map((e) => e.payload))
      .toEqual([{ consulateId: 'PHX', seq: 2, changes: [{ slotId: seat(0, 0).slotId, available: 0 }] }]);
  });

  it('a client catching up gets what it missed in one message, or is told to refetch when the events are gone', async () => {
    for (let held = 1; held <= 2; held++) await record('live', [seat(0, held)]);
    await record('live', [seat(1, 1)]);
    expect(await catchUpSlotEvents(t.db, 'live', 'PHX', 1)).toEqual({
      seq: 3,
      replay: {
        consulateId: 'PHX',
        seq: 3,
        fromSeq: 2,
        changes: [
          { slotId: seat(0, 0).slotId, available: 0 },
          { slotId: seat(1, 0).slotId, available: 1 },
        ],
      },
    });
    expect(await catchUpSlotEvents(t.db, 'live', 'PHX', 3)).toEqual({ seq: 3, replay: null });
    expect(await pruneSlotEvents(t.db, new Date(NOW.getTime() + 1).toISOString())).toBe(3);
    expect(await catchUpSlotEvents(t.db, 'live', 'PHX', 1)).toEqual({ seq: 3, replay: null });
  });

  if (dialect === 'postgres') {
    it("PostgreSQL announces a commit to every listener on the schema's channel, and nothing of a rollback", async () => {
      const notices: (string | undefined)[] = [];
      let ready!: () => void;
      const listening = new Promise<void>((resolve) => (ready = resolve));
      const listener = listenForNotices({
        databaseUrl: t.url,
        channel: slotEventChannel(t.url),
        onNotice: (p) => notices.push(p),
        onReconnect: ready,
        onError: () => {},
      });
      try {
        await listening;
        await t.transact((trx) => log.record(trx, 'live', [seat(0, 1)])).catch(() => {});
        await t
          .transact(async (trx) => {
            await log.record(trx, 'live', [seat(0, 2)]);
            throw new Error('rolled back');
          })
          .catch(() => {});
        await expect.poll(() => notices).toEqual(['live|PHX|1']);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(notices).toEqual(['live|PHX|1']);
      } finally {
        await listener.close();
      }
    });
  }
});
