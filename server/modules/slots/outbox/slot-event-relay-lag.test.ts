import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  type TestDatabase,
  type TestDialect,
} from '../../../../test/support/test-database';
import { seedReferenceData } from '../../../seed/reference-seed';
import { waitFor } from '../../../../test/support/socket-client';
import { publishSlots } from '../publish-slots';
import { createSlotChangeLog, type SlotChangeLog } from './slot-change-log';
import { createSlotEventRelay, type SlotEventRelay } from './slot-event-relay';

const START = Date.parse('2026-03-09T15:00:00.000Z');
const session = { open: '08:00', close: '09:00', slotMinutes: 15, seats: 2 };

/** The outbox's lag as the metrics read it: how long the oldest change to relay has waited. */
describeEachDialect("the relay's lag", (dialect: TestDialect) => {
  let t: TestDatabase;
  let now = START;
  let relay: SlotEventRelay;
  let log: SlotChangeLog;
  let slotId: string;
  const emitted: number[] = [];
  let relayed = 0;

  beforeEach(async () => {
    now = START;
    emitted.length = 0;
    relayed = 0;
    t = await openTestDatabase({ dialect });
    await t.db.transaction().execute(async (trx) => {
      await seedReferenceData(trx, [2026], new Date(START).toISOString());
      await publishSlots(
        trx,
        { id: 'PHX', timeZone: 'America/Phoenix' },
        { from: '2026-03-10', to: '2026-03-10' },
        { 2: [session] },
        new Set(),
      );
    });
    slotId = (await t.db.selectFrom('slots').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    relay = createSlotEventRelay({
      db: t.db,
      clock: () => new Date(now),
      emit: (_sandbox, payload) => emitted.push(payload.seq),
      hasListeners: () => true,
      batchMs: 5,
      pollMs: 3_600_000,
      retentionMs: 3_600_000,
      onError: (error) => {
        throw error;
      },
      onRelayed: (events) => (relayed += events),
    });
    // No NOTIFY channel: only this instance's own changes wake the relay here.
    log = createSlotChangeLog({ dialect, clock: () => new Date(now), touched: (key) => relay.touched(key) });
    await relay.start();
  });
  afterEach(async () => {
    await relay.stop();
    await t.cleanup();
  });

  const record = (held: number) =>
    t.transact((trx) =>
      log.record(trx, 'live', [{ slotId, consulateId: 'PHX', capacity: 2, held, booked: 0 }]),
    );

  it('is 0 when caught up, grows while a committed change waits, and is 0 again once it is relayed', async () => {
    expect(relay.lagMs()).toBe(0);
    await record(1);
    await record(2);
    now += 2_500;
    expect(relay.lagMs()).toBe(2_500);
    relay.wake();
    await waitFor(() => emitted.length > 0, 5_000, 'the events relayed');
    expect(emitted).toEqual([2]);
    expect(relayed).toBe(2);
    await waitFor(() => relay.lagMs() === 0, 5_000, 'the lag back to 0');
  });
});
