import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase, type TestDialect } from '../../../test/support/test-database';
import { publishSlots } from '../slots/publish-slots';
import { createSlotChangeLog } from '../slots/outbox/slot-change-log';
import { slotEventsAfter } from '../slots/outbox/slot-event-store';
import { officeHolidaysOf } from '../reference/calendar/office-holidays';
import { consulates } from '../reference/consulates';
import { syncReferenceData } from '../reference/reference-sync';
import { syncOfficeCalendar } from './sync-office-calendar';

const PHX = consulates.find((c) => c.id === 'PHX')!;
const MLK = '2027-01-18';

describeEachDialect('the office calendar written at start', (dialect: TestDialect) => {
  let t: TestDatabase;
  let now: Date;
  const deps = () => {
    const clock = () => now;
    return {
      db: t.db,
      transact: t.transact,
      clock,
      slotChanges: createSlotChangeLog({ dialect, clock }),
      // The office calendar's holidays tell nobody (only a lead's closure does: capacity/close-day.ts).
      notices: { record: async () => {} },
    };
  };
  const holidayRows = (consulateId: string, year: number) =>
    t.db
      .selectFrom('closed_days')
      .selectAll()
      .where('consulate_id', '=', consulateId)
      .where('local_date', 'like', `${year}-%`)
      .orderBy('local_date')
      .execute();
  const syncAudits = () =>
    t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'capacity.holidays_synced')
      .orderBy('id')
      .execute();

  beforeEach(async () => {
    now = new Date('2026-12-05T18:00:00.000Z');
    t = await openTestDatabase({ dialect });
    await t.db.transaction().execute((trx) => syncReferenceData(trx));
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('closes every consulate on its holidays of this year and the next four, as holidays without an author, audited once', async () => {
    const result = await syncOfficeCalendar(deps());
    expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const year of result.years) {
      expect((await holidayRows('PHX', year)).map((r) => r.local_date)).toEqual(
        officeHolidaysOf(PHX, year).map((d) => d.date),
      );
    }
    const mlk = (await holidayRows('PHX', 2027)).find((r) => r.local_date === MLK);
    expect(mlk).toMatchObject({
      kind: 'holiday',
      closed_by: null,
      reason_es: 'Natalicio de Martin Luther King Jr. (EE. UU.)',
      reason_en: 'Martin Luther King Jr. Day',
      reopened_at: null,
    });
    const [audit, ...more] = await syncAudits();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor_id: null, entity_type: 'office_calendar', entity_id: '2026..2030' });
    const details = JSON.parse(audit!.details_json) as {
      closedDays: number;
      consulates: number;
      dates: string[];
      slots: number;
    };
    expect(details).toMatchObject({ closedDays: result.written.length, consulates: 57, slots: 0 });
    expect(details.dates).toContain(MLK);
    expect(details.dates).toContain('2030-10-01');
  });

  it('writes only what is missing: a second start writes and audits nothing, a reopened holiday stays open', async () => {
    await syncOfficeCalendar(deps());
    await t.db
      .updateTable('closed_days')
      .set({
        reopened_at: now.toISOString(),
        reopened_by: 'usr_lead1',
        reopen_reason: 'El consulado atiende ese día',
      })
      .where('consulate_id', '=', 'PHX')
      .where('local_date', '=', MLK)
      .execute();
    await t.db
      .deleteFrom('closed_days')
      .where('consulate_id', '=', 'YYZ')
      .where('local_date', '=', '2027-02-15')
      .execute();
    const again = await syncOfficeCalendar(deps());
    expect(again.written).toEqual([{ consulateId: 'YYZ', date: '2027-02-15' }]);
    expect((await holidayRows('PHX', 2027)).find((r) => r.local_date === MLK)).toMatchObject({
      reopened_by: 'usr_lead1',
    });
    expect(await syncAudits()).toHaveLength(2);
    expect((await syncOfficeCalendar(deps())).written).toEqual([]);
    expect(await syncAudits()).toHaveLength(2);
  });

  it('takes the seats of a day with published slots off every console, live and practice, when its holiday is written', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        publishSlots(
          trx,
          { id: 'PHX', timeZone: 'America/Phoenix' },
          { from: MLK, to: MLK },
          { 1: [{ open: '08:00', close: '09:00', slotMinutes: 30, seats: 3 }] },
          new Set(),
        ),
      );
    await t.exec(
      `insert into users (id, username, display_name, role, password_hash, created_at) values ('usr_tr1', 'trainee1', 'Trainee 1', 'trainee', 'x', '${now.toISOString()}');`,
    );
    const result = await syncOfficeCalendar(deps());
    expect(result.slots).toBe(2);
    for (const sandbox of ['live', 'practice:usr_tr1']) {
      const events = await slotEventsAfter(t.db, sandbox, 'PHX', 0);
      expect(events.flatMap((e) => e.changes.map((c) => c.available))).toEqual([0, 0]);
    }
    expect(JSON.parse((await syncAudits())[0]!.details_json)).toMatchObject({ slots: 2 });
  });

  it("counts each consulate's own year on New Year's Eve (already 1 January in UTC)", async () => {
    now = new Date('2027-01-01T04:00:00.000Z'); // 2026-12-31 evening in every consulate's zone
    expect((await syncOfficeCalendar(deps())).years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});
