import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

const NOW = '2027-01-04T14:00:00.000Z';
/** Whatever came before: the waitlist arrives on a database migrated up to there. */
const previous = migrations[migrations.findIndex((m) => m.name === '0017-waitlist') - 1]!.name;

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const entry = (id: string, status: string, extra = '') =>
  `insert into waitlist_entries (id, sandbox, applicant_id, procedure_id, booking_group, from_date, to_date, ends_at, status, created_at, created_by${extra ? ', hold_id, offer_expires_at' : ''})
     values ('${id}', 'live', 'app_1', 'matricula', 'matricula', '2027-01-10', '2027-01-20', '2027-01-21T07:00:00.000Z', '${status}', '${NOW}', 'usr_op1'${extra})`;

describeEachDialect('migration 0017-waitlist', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: previous });
    await t.exec(`
      insert into consulates (id, name, city, region, country, time_zone, size)
        values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order)
        values ('matricula', 'Matrícula', 'Consular ID', 15, '[]', null, 20);
      insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity)
        values ('PHX-202701111500', 'PHX', '2027-01-11', '2027-01-11T08:00', '2027-01-11T15:00:00.000Z', '2027-01-11T15:15:00.000Z', 2);
      insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at)
        values ('app_1', 'live', 'GARC800101HJCRRR01', 'Rosa', 'García', null, '1980-01-01', '${NOW}');
      insert into reservations (id, sandbox, slot_id, consulate_id, applicant_id, procedure_id, booking_group, status, expires_at, held_by, held_at)
        values ('hld_1', 'live', 'PHX-202701111500', 'PHX', 'app_1', 'matricula', 'matricula', 'held', '${NOW}', 'waitlist', '${NOW}');
    `);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0017-waitlist' })).toEqual([
      '0017-waitlist',
    ]);
  });

  it('keeps one active entry per applicant and procedure, and any number of ended ones', async () => {
    await t.exec(entry('wle_1', 'waiting'));
    await t.exec(`insert into waitlist_entry_consulates (entry_id, consulate_id) values ('wle_1', 'PHX')`);
    expect(isUniqueViolation(await refusalOf(() => t.exec(entry('wle_2', 'waiting'))))).toBe(true);
    await t.exec(entry('wle_3', 'expired'));
    await t.exec(entry('wle_4', 'cancelled'));
    expect(await t.count(sql`select count(*) as n from waitlist_entries`)).toBe(3);
    expect(await t.rows(sql`select entry_id, consulate_id from waitlist_entry_consulates`)).toEqual([
      { entry_id: 'wle_1', consulate_id: 'PHX' },
    ]);
  });

  it('refuses an unknown status, a range that ends before it starts, an offer without its hold, a hold offered twice', async () => {
    expect(isCheckViolation(await refusalOf(() => t.exec(entry('wle_1', 'pending'))))).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => t.exec(entry('wle_1', 'waiting').replace("'2027-01-10'", "'2027-01-30'"))),
      ),
    ).toBe(true);
    expect(isCheckViolation(await refusalOf(() => t.exec(entry('wle_1', 'offered'))))).toBe(true);
    await t.exec(entry('wle_1', 'offered', `, 'hld_1', '${NOW}'`));
    expect(
      isUniqueViolation(await refusalOf(() => t.exec(entry('wle_2', 'booked', `, 'hld_1', '${NOW}'`)))),
    ).toBe(true);
    await expect(
      t.exec(`insert into waitlist_entry_consulates (entry_id, consulate_id) values ('wle_1', 'XXX')`),
    ).rejects.toThrow();
  });
});
