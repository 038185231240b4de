import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  queryPlan,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const CREATED = '2026-03-09T15:00:00.000Z';
// Two applicants registered before the migration, as the service wrote them then (E.164 digits).
const ROSA = { id: 'app_rosa', curp: 'HEGG560427MVZRRL04', phone: '+16025550143', digits: '16025550143' };
const LUIS = { id: 'app_luis', curp: 'BEML920313HMCLNS09', phone: null, digits: null };

describeEachDialect('migration 0009-applicants-without-curp', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0008-booking-rules' });
    for (const a of [ROSA, LUIS]) {
      await t.rows(
        sql`insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, phone, phone_digits, email, created_at, created_by)
            values (${a.id}, 'live', ${a.curp}, 'Gloria', 'Hernández', 'García', '1956-04-27', ${a.phone}, ${a.digits}, null, ${CREATED}, null)`,
      );
    }
    await t.exec(
      `insert into users (id, username, display_name, role, password_hash, created_at) values ('usr_tr1', 'trainee1', 'Trainee 1', 'trainee', 'x', '${CREATED}');`,
    );
    await t.rows(
      sql`insert into practice_runs (id, user_id, sandbox, scenario_id, scenario_version, started_at, applicant_curp)
          values ('prn_old', 'usr_tr1', 'practice:usr_tr1', 'minor-passport-both-parents', 1, ${CREATED}, ${ROSA.curp})`,
    );
    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0009-applicants-without-curp' }),
    ).toEqual(['0009-applicants-without-curp']);
  });

  const insert = (values: {
    id: string;
    sandbox?: string;
    curp?: string | null;
    reason?: string | null;
    identity?: string | null;
    phone?: string | null;
  }) => {
    const digits = values.phone ? values.phone.replace(/\D/g, '') : null;
    return t.rows(
      sql`insert into applicants (id, sandbox, curp, no_curp_reason, identity_key, given_names, first_surname, second_surname, birth_date, phone, phone_digits, phone_digits_reversed, email, created_at, created_by)
          values (${values.id}, ${values.sandbox ?? 'live'}, ${values.curp ?? null}, ${values.reason ?? null}, ${values.identity ?? null}, 'Itzayana', 'Ocampo', 'Bravo', '2025-01-10',
                  ${values.phone ?? null}, ${digits}, ${digits ? [...digits].reverse().join('') : null}, null, ${CREATED}, null)`,
    );
  };

  it('keeps every CURP and phone registered before, and writes their digits reversed', async () => {
    const rows = await t.rows<{
      id: string;
      curp: string;
      no_curp_reason: string | null;
      identity_key: string | null;
      phone: string | null;
      phone_digits_reversed: string | null;
    }>(
      sql`select id, curp, no_curp_reason, identity_key, phone, phone_digits_reversed from applicants order by id`,
    );
    expect(rows).toEqual([
      {
        id: LUIS.id,
        curp: LUIS.curp,
        no_curp_reason: null,
        identity_key: null,
        phone: null,
        phone_digits_reversed: null,
      },
      {
        id: ROSA.id,
        curp: ROSA.curp,
        no_curp_reason: null,
        identity_key: null,
        phone: ROSA.phone,
        phone_digits_reversed: '34105552061',
      },
    ]);
  });

  it('takes a person without a CURP who says why and who they are', async () => {
    await insert({
      id: 'app_child',
      reason: 'not_yet_registered',
      identity: 'ITZAYANA|OCAMPO|BRAVO|2025-01-10',
    });
    await insert({ id: 'app_visa', reason: 'foreign_national', identity: 'JEAN LUC|TREMBLAY||1979-03-21' });
    expect(await t.count(sql`select count(*) as n from applicants where curp is null`)).toBe(2);
  });

  it('needs a CURP or a known reason, never both and never neither; without a CURP, an identity', async () => {
    expect(isCheckViolation(await refusalOf(() => insert({ id: 'a', identity: 'X|Y||2025-01-10' })))).toBe(
      true,
    );
    expect(
      isCheckViolation(
        await refusalOf(() => insert({ id: 'b', curp: 'PEGL890909MJCRMS08', reason: 'foreign_national' })),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => insert({ id: 'c', reason: 'lost_it', identity: 'X|Y||2025-01-10' })),
      ),
    ).toBe(true);
    expect(isCheckViolation(await refusalOf(() => insert({ id: 'd', reason: 'foreign_national' })))).toBe(
      true,
    );
    expect(await t.count(sql`select count(*) as n from applicants`)).toBe(2);
  });

  it('refuses the same person without a CURP twice in a sandbox, not in another, and never compares people with a CURP', async () => {
    const identity = 'ITZAYANA|OCAMPO|BRAVO|2025-01-10';
    await insert({ id: 'app_child', reason: 'not_yet_registered', identity });
    expect(
      isUniqueViolation(
        await refusalOf(() => insert({ id: 'app_again', reason: 'not_yet_registered', identity })),
      ),
    ).toBe(true);
    await insert({ id: 'app_practice', sandbox: 'practice:usr_tr1', reason: 'not_yet_registered', identity });
    // A sibling: same parents' surnames, another name and birth date.
    await insert({
      id: 'app_sister',
      reason: 'not_yet_registered',
      identity: 'YARETZI|OCAMPO|BRAVO|2023-06-02',
    });
    // People with a CURP are told apart by it; an identity of theirs (never written) would not count.
    await insert({ id: 'app_with_curp', curp: 'PEGL890909MJCRMS08', identity });
    expect(isUniqueViolation(await refusalOf(() => insert({ id: 'app_curp_again', curp: ROSA.curp })))).toBe(
      true,
    );
  });

  it('finds numbers by their last digits through an index range', async () => {
    await insert({
      id: 'app_mx',
      reason: 'not_yet_registered',
      identity: 'A|B||2025-01-10',
      phone: '+525512345678',
    });
    // A sandbox of numbers the planner can weigh: with a handful of rows any index on sandbox looks alike.
    const many = Array.from({ length: 400 }, (_, i) => {
      const digits = `1312${String(5550000 + i * 7919).padStart(7, '0')}`;
      return {
        id: `app_${i}`,
        sandbox: 'live',
        curp: null,
        no_curp_reason: 'foreign_national' as const,
        identity_key: `P${i}|Q||1990-01-01`,
        given_names: 'P',
        first_surname: 'Q',
        second_surname: null,
        birth_date: '1990-01-01',
        phone: `+${digits}`,
        phone_digits: digits,
        phone_digits_reversed: [...digits].reverse().join(''),
        email: null,
        created_at: CREATED,
        created_by: null,
      };
    });
    await t.db.insertInto('applicants').values(many).execute();
    // This table only: a database-wide ANALYZE under other tests' load left its statistics stale now and then.
    await t.exec('analyze applicants');
    // The last 7 digits of Rosa's number, reversed: 3410555; the range ends before 3410556.
    const ending = sql`select id from applicants where sandbox in ('live') and phone_digits_reversed >= '3410555' and phone_digits_reversed < '3410556'`;
    expect(await t.rows(ending)).toEqual([{ id: ROSA.id }]);
    if (dialect === 'sqlite') {
      const plan = await queryPlan(t, ending);
      expect(plan).toMatch(
        /SEARCH applicants USING INDEX applicants_by_phone_reversed \(sandbox=\? AND phone_digits_reversed>\? AND phone_digits_reversed<\?\)/,
      );
      expect(plan).not.toMatch(/SCAN applicants\b/);
    } else {
      // PostgreSQL's planner weighs this index against others of the same leading column differently
      // from run to run among a few hundred rows (and under other tests' load), so the check is the
      // index itself: a b-tree on (sandbox, phone_digits_reversed), which serves the range as above.
      expect(
        await t.rows(
          sql`select indexdef from pg_indexes where schemaname = current_schema() and indexname = 'applicants_by_phone_reversed'`,
        ),
      ).toEqual([{ indexdef: expect.stringMatching(/USING btree \(sandbox, phone_digits_reversed\)$/) }]);
    }
    expect(
      await t.rows(
        sql`select id from applicants where sandbox = 'live' and phone_digits_reversed >= '87654321' and phone_digits_reversed < '87654322'`,
      ),
    ).toEqual([{ id: 'app_mx' }]);
  });

  it('lets a practice run have a caller without a CURP, keeping the CURPs runs had', async () => {
    expect(await t.row(sql`select applicant_curp from practice_runs where id = 'prn_old'`)).toEqual({
      applicant_curp: ROSA.curp,
    });
    await t.rows(
      sql`insert into practice_runs (id, user_id, sandbox, scenario_id, scenario_version, started_at, applicant_curp)
          values ('prn_visa', 'usr_tr1', 'practice:usr_tr1', 'visa-foreign-national', 1, ${CREATED}, null)`,
    );
    expect(await t.count(sql`select count(*) as n from practice_runs where applicant_curp is null`)).toBe(1);
  });
});
