import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { seedReferenceData } from '../../seed/reference-seed';
import { consulateById, weeklyHoursFor } from '../reference';
import { publishSlots } from '../slots';
import { firstAvailableSlots, leadMinutesOf } from './first-available-repository';

let t: TestDatabase;

// Tuesday and Wednesday after the spring DST change (Monday is Benito Juárez's day, a holiday); Arizona keeps MST.
const FIRST_DAY = '2027-03-16';
const SECOND_DAY = '2027-03-17';

describeEachDialect('the first available slot of each consulate', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    await t.db.transaction().execute((trx) => seedReferenceData(trx, [2027], '2027-03-01T00:00:00.000Z'));
    for (const id of ['TUS', 'NOG']) {
      const consulate = consulateById(id)!;
      await t.db
        .transaction()
        .execute((trx) =>
          publishSlots(
            trx,
            { id, timeZone: consulate.timeZone },
            { from: FIRST_DAY, to: SECOND_DAY },
            weeklyHoursFor(consulate),
            new Set(),
          ),
        );
    }
  });

  afterEach(async () => {
    await t.cleanup();
  });

  const slotsOf = (consulateId: string) =>
    t.rows<{ id: string; local_date: string; start_at: string; capacity: number }>(
      sql`select id, local_date, start_at, capacity from slots where consulate_id = ${consulateId} order by start_at`,
    );
  const first = (from: Record<string, string>, sandbox = 'live') =>
    firstAvailableSlots(t.db, sandbox, new Map(Object.entries(from)));

  it("answers each consulate's earliest slot from its own bookable instant, in one statement", async () => {
    const [tus, nog] = [await slotsOf('TUS'), await slotsOf('NOG')];
    const answer = await first({ TUS: tus[0]!.start_at, NOG: nog[3]!.start_at });
    expect(answer.get('TUS')).toMatchObject({ id: tus[0]!.id, consulateId: 'TUS', localDate: FIRST_DAY });
    expect(answer.get('NOG')?.id).toBe(nog[3]!.id);
    // A slot starting a millisecond before the bookable instant is not bookable.
    const later = new Date(Date.parse(tus[0]!.start_at) + 1).toISOString();
    expect((await first({ TUS: later })).get('TUS')?.id).toBe(tus[1]!.id);
  });

  it('skips full slots and closed days, and counts a reopened day again', async () => {
    const tus = await slotsOf('TUS');
    await t.exec(`update slots set held = 1, booked = capacity - 1 where id = '${tus[0]!.id}'`);
    expect((await first({ TUS: tus[0]!.start_at })).get('TUS')?.id).toBe(tus[1]!.id);

    await t.exec(
      `insert into closed_days (consulate_id, local_date, reason_es, reason_en, closed_by, closed_at, reopened_at, reopened_by, reopen_reason)
       values ('TUS', '${FIRST_DAY}', 'Cierre', 'Closure', null, '2027-03-01T00:00:00.000Z', null, null, null)`,
    );
    const afterClosing = (await first({ TUS: tus[0]!.start_at })).get('TUS');
    expect(afterClosing?.localDate).toBe(SECOND_DAY);
    expect(afterClosing?.id).toBe(tus.find((s) => s.local_date === SECOND_DAY)!.id);

    await t.exec(
      `update closed_days set reopened_at = '2027-03-02T00:00:00.000Z', reopened_by = 'usr_lead1', reopen_reason = 'Abre' where consulate_id = 'TUS'`,
    );
    expect((await first({ TUS: tus[0]!.start_at })).get('TUS')?.id).toBe(tus[1]!.id);
  });

  it('leaves out a consulate with no seat left after the bookable instant', async () => {
    const tus = await slotsOf('TUS');
    const afterAll = new Date(Date.parse(tus.at(-1)!.start_at) + 1).toISOString();
    const answer = await first({ TUS: afterAll, NOG: tus[0]!.start_at });
    expect(answer.has('TUS')).toBe(false);
    expect(answer.get('NOG')).toBeDefined();
    expect((await first({})).size).toBe(0);
  });

  it("reads a practice sandbox's own counters where it has touched a slot, the live capacity elsewhere", async () => {
    const tus = await slotsOf('TUS');
    const [a, b] = [tus[0]!, tus[1]!];
    // Live: the first slot is full. The sandbox booked the second one full, and not the first.
    await t.exec(`update slots set booked = capacity where id = '${a.id}'`);
    await t.exec(
      `insert into practice_seats (sandbox, slot_id, capacity, held, booked) values ('practice:usr_trainee1', '${b.id}', ${b.capacity}, 0, ${b.capacity})`,
    );
    expect((await first({ TUS: a.start_at })).get('TUS')).toMatchObject({ id: b.id, booked: 0 });
    const practice = (await first({ TUS: a.start_at }, 'practice:usr_trainee1')).get('TUS');
    expect(practice).toMatchObject({ id: a.id, booked: 0, held: 0 });
    // Another sandbox has touched nothing: the live capacity, none of the live bookings.
    expect((await first({ TUS: b.start_at }, 'practice:usr_trainee2')).get('TUS')?.id).toBe(b.id);
  });

  it('asks the database once for any number of consulates', async () => {
    let statements = 0;
    const counted = t.db.withPlugin({
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const from = new Map(['TUS', 'NOG', 'PHX', 'DGL', 'YUM'].map((id) => [id, '2027-03-15T00:00:00.000Z']));
    const answer = await firstAvailableSlots(counted, 'live', from);
    expect(statements).toBe(1);
    // Only TUS and NOG have published slots here.
    expect([...answer.keys()].sort()).toEqual(['NOG', 'TUS']);
  });

  it("reads the consulates' lead times", async () => {
    expect(await leadMinutesOf(t.db, ['TUS', 'NOG', 'XXX'])).toEqual(
      new Map([
        ['TUS', 60],
        ['NOG', 60],
      ]),
    );
    expect((await leadMinutesOf(t.db, [])).size).toBe(0);
  });
});
