import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { consulateById } from '../reference/consulates';
import { weeklyHoursFor } from '../reference/office-hours';
import { seedReferenceData } from '../../seed/reference-seed';
import { publishSlots, slotIdFor } from './publish-slots';

let t: TestDatabase;

describeEachDialect('publish slots', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    await t.db.transaction().execute((trx) => seedReferenceData(trx, [2026], '2026-03-01T00:00:00.000Z'));
  });

  afterEach(async () => {
    await t.cleanup();
  });

  function publish(
    consulateId: string,
    from: string,
    to: string,
    closedDates: ReadonlySet<string> = new Set(),
  ) {
    const consulate = consulateById(consulateId);
    if (!consulate) throw new Error(`no consulate ${consulateId}`);
    return t.db
      .transaction()
      .execute((trx) =>
        publishSlots(
          trx,
          { id: consulate.id, timeZone: consulate.timeZone },
          { from, to },
          weeklyHoursFor(consulate),
          closedDates,
        ),
      );
  }

  type SlotRow = {
    id: string;
    local_date: string;
    local_start: string;
    start_at: string;
    end_at: string;
    capacity: number;
  };
  const slotsOf = (consulateId: string) =>
    t.rows<SlotRow>(
      sql`select id, local_date, local_start, start_at, end_at, capacity from slots where consulate_id = ${consulateId} order by start_at`,
    );
  const firstOfDay = (rows: SlotRow[], date: string) => rows.find((r) => r.local_date === date);
  const countOf = async (consulateId: string) => (await slotsOf(consulateId)).length;

  describe('publishing slots', () => {
    it('publishes the weekly hours as slots, ids made of the consulate and the UTC start', async () => {
      // Chicago is large: 08:00–14:00 in 15-minute slots with 6 seats, Saturday 09:00–13:00 with 3.
      expect(await publish('CHI', '2026-03-02', '2026-03-07')).toBe(5 * 24 + 16);
      const rows = await slotsOf('CHI');
      expect(rows[0]).toEqual({
        id: 'CHI-202603021400',
        local_date: '2026-03-02',
        local_start: '2026-03-02T08:00',
        start_at: '2026-03-02T14:00:00.000Z',
        end_at: '2026-03-02T14:15:00.000Z',
        capacity: 6,
      });
      expect(rows.filter((r) => r.local_date === '2026-03-07').every((r) => r.capacity === 3)).toBe(true);
      expect(rows.every((r) => r.id === slotIdFor('CHI', r.start_at))).toBe(true);
    });

    it('publishing twice adds nothing the second time and leaves seat counters alone', async () => {
      const first = await publish('PHX', '2026-03-02', '2026-03-13');
      expect(first).toBeGreaterThan(0);
      await t.exec(`update slots set held = 1, booked = 2 where id = 'PHX-202603101500'`);
      const before = await slotsOf('PHX');
      expect(await publish('PHX', '2026-03-02', '2026-03-13')).toBe(0);
      expect(await slotsOf('PHX')).toEqual(before);
      expect(await t.row(sql`select held, booked from slots where id = 'PHX-202603101500'`)).toEqual({
        held: 1,
        booked: 2,
      });

      // A longer range publishes only the new days: Saturday 14 (09:00–13:00) and Monday 16.
      expect(await publish('PHX', '2026-03-02', '2026-03-16')).toBe(16 + 24);
      expect(await countOf('PHX')).toBe(first + 16 + 24);
    });

    it('keeps 08:00 local across the March DST change in Chicago: the UTC instant moves an hour', async () => {
      await publish('CHI', '2026-03-06', '2026-03-09');
      const rows = await slotsOf('CHI');
      expect(firstOfDay(rows, '2026-03-06')).toMatchObject({
        id: 'CHI-202603061400',
        local_start: '2026-03-06T08:00',
        start_at: '2026-03-06T14:00:00.000Z',
      });
      expect(firstOfDay(rows, '2026-03-07')).toMatchObject({
        local_start: '2026-03-07T09:00',
        start_at: '2026-03-07T15:00:00.000Z',
      });
      expect(firstOfDay(rows, '2026-03-08')).toBeUndefined(); // Sunday
      expect(firstOfDay(rows, '2026-03-09')).toMatchObject({
        id: 'CHI-202603091300',
        local_start: '2026-03-09T08:00',
        start_at: '2026-03-09T13:00:00.000Z',
      });
      const monday = rows.filter((r) => r.local_date === '2026-03-09');
      expect(monday.at(-1)).toMatchObject({
        local_start: '2026-03-09T13:45',
        start_at: '2026-03-09T18:45:00.000Z',
        end_at: '2026-03-09T19:00:00.000Z',
      });
    });

    it('keeps Phoenix on UTC-7 through the same week', async () => {
      await publish('PHX', '2026-03-06', '2026-03-09');
      const rows = await slotsOf('PHX');
      expect(firstOfDay(rows, '2026-03-06')).toMatchObject({
        local_start: '2026-03-06T08:00',
        start_at: '2026-03-06T15:00:00.000Z',
      });
      expect(firstOfDay(rows, '2026-03-09')).toMatchObject({
        id: 'PHX-202603091500',
        local_start: '2026-03-09T08:00',
        start_at: '2026-03-09T15:00:00.000Z',
      });
    });

    it('keeps 08:00 local across the November change in Chicago', async () => {
      await publish('CHI', '2026-10-30', '2026-11-02');
      const rows = await slotsOf('CHI');
      expect(firstOfDay(rows, '2026-10-30')).toMatchObject({ start_at: '2026-10-30T13:00:00.000Z' });
      expect(firstOfDay(rows, '2026-11-02')).toMatchObject({ start_at: '2026-11-02T14:00:00.000Z' });
    });

    it('skips closed dates', async () => {
      expect(await publish('PHX', '2026-03-09', '2026-03-13', new Set(['2026-03-10', '2026-03-12']))).toBe(
        3 * 24,
      );
      const dates = new Set((await slotsOf('PHX')).map((r) => r.local_date));
      expect([...dates]).toEqual(['2026-03-09', '2026-03-11', '2026-03-13']);
    });

    it('publishes nothing for a range of closed days only', async () => {
      expect(await publish('CHI', '2026-03-08', '2026-03-08')).toBe(0);
      expect(await publish('CHI', '2026-03-09', '2026-03-09', new Set(['2026-03-09']))).toBe(0);
      expect(await countOf('CHI')).toBe(0);
    });
  });
});
