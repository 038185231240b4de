import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, queryPlan, type TestDatabase } from '../../../test/support/test-database';
import type { SlotChangeLog } from '../slots';
import type { WaitlistDeps } from './waitlist-deps';
import { hasActiveEntries } from './waitlist-repository';
import { expireEndedEntries } from './waitlist-sweeper';

const NOW = '2027-03-15T07:00:00.000Z';
let t: TestDatabase;

afterEach(async () => {
  await t.cleanup();
});

const deps = (): WaitlistDeps => ({
  db: t.db,
  transact: t.transact,
  clock: () => new Date(NOW),
  // The sweeper moves no seat: a log that fails the test if it were ever asked to record one.
  slotChanges: {
    record: () => Promise.reject(new Error('the sweeper recorded a seat change')),
  } satisfies SlotChangeLog & WaitlistDeps['slotChanges'],
});

const entry = (id: string, applicant: string, status: string, endsAt: string) =>
  `insert into waitlist_entries (id, sandbox, applicant_id, procedure_id, booking_group, from_date, to_date, ends_at, status, created_at, created_by, hold_id, offer_expires_at)
     values ('${id}', 'live', '${applicant}', 'matricula', 'matricula', '2027-03-10', '2027-03-14', '${endsAt}', '${status}', '2027-03-01T15:00:00.000Z', 'usr_op1',
             ${status === 'offered' ? `'hld_1', '${NOW}'` : 'null, null'})`;

describeEachDialect('the waitlist sweeper', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    await t.exec(`
      insert into consulates (id, name, city, region, country, time_zone, size)
        values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order)
        values ('matricula', 'Matrícula', 'Consular ID', 15, '[]', null, 20);
      insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity)
        values ('PHX-202703161500', 'PHX', '2027-03-16', '2027-03-16T08:00', '2027-03-16T15:00:00.000Z', '2027-03-16T15:15:00.000Z', 2);
      insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at)
        values ('app_1', 'live', 'GARC800101HJCRRR01', 'Rosa', 'García', null, '1980-01-01', '${NOW}'),
               ('app_2', 'live', 'GARC800102HJCRRR02', 'Luis', 'García', null, '1980-01-02', '${NOW}'),
               ('app_3', 'live', 'GARC800103HJCRRR03', 'Ana', 'García', null, '1980-01-03', '${NOW}');
      insert into reservations (id, sandbox, slot_id, consulate_id, applicant_id, procedure_id, booking_group, status, expires_at, held_by, held_at)
        values ('hld_1', 'live', 'PHX-202703161500', 'PHX', 'app_3', 'matricula', 'matricula', 'held', '${NOW}', 'waitlist', '${NOW}');
    `);
  });

  it('expires waiting entries whose range has ended everywhere, once, and audits each', async () => {
    // Phoenix: the 14th ended at 07:00 UTC on the 15th, exactly now; one a minute later has not.
    await t.exec(entry('wle_ended', 'app_1', 'waiting', NOW));
    await t.exec(entry('wle_later', 'app_2', 'waiting', '2027-03-15T07:01:00.000Z'));
    await t.exec(entry('wle_offered', 'app_3', 'offered', NOW));
    expect(await expireEndedEntries(deps())).toBe(1);
    expect(await expireEndedEntries(deps())).toBe(0);
    expect(await t.rows(sql`select id, status, ended_at from waitlist_entries order by id`)).toEqual([
      { id: 'wle_ended', status: 'expired', ended_at: NOW },
      { id: 'wle_later', status: 'waiting', ended_at: null },
      { id: 'wle_offered', status: 'offered', ended_at: null },
    ]);
    expect(
      await t.rows(sql`select action, entity_id, actor_id from audit_log where action like 'waitlist.%'`),
    ).toEqual([{ action: 'waitlist.expired', entity_id: 'wle_ended', actor_id: 'system' }]);
  });

  it('asks "does anyone wait here?" through an index, the one query a seat change pays when nobody waits', async () => {
    expect(await hasActiveEntries(t.db, 'live')).toBe(false);
    await t.exec(entry('wle_1', 'app_1', 'expired', NOW));
    expect(await hasActiveEntries(t.db, 'live')).toBe(false);
    await t.exec(entry('wle_2', 'app_2', 'waiting', NOW));
    expect(await hasActiveEntries(t.db, 'live')).toBe(true);
    expect(await hasActiveEntries(t.db, 'practice:usr_tr1')).toBe(false);
    const plan = await queryPlan(
      t,
      sql`select id from waitlist_entries where sandbox = ${'live'} and status in ('waiting', 'offered') limit 1`,
    );
    expect(plan).toMatch(
      dialect === 'sqlite'
        ? /USING (COVERING )?INDEX waitlist_active_in_order/
        : /Index (Only )?Scan using waitlist_/,
    );
  });
});
