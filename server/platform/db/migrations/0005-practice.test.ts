import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isForeignKeyViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
  queryPlan,
} from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const STARTED = '2026-03-09T15:00:00.000Z';
const FINISHED = '2026-03-09T15:06:00.000Z';

describeEachDialect('migration 0005-practice', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0004-floor' });
    await t.exec(
      `insert into users (id, username, display_name, role, password_hash, created_at) values ('usr_tr1', 'trainee1', 'Trainee 1', 'trainee', 'x', '${STARTED}');`,
    );
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0005-practice' })).toEqual([
      '0005-practice',
    ]);
  });

  const insertRun = (values: {
    id?: string;
    user?: string;
    sandbox?: string;
    finished?: string | null;
    result?: string | null;
    score?: number | null;
  }) =>
    t.rows(
      sql`insert into practice_runs (id, user_id, sandbox, scenario_id, scenario_version, started_at, finished_at, applicant_curp, existing_appointment_id, read_back_appointment_id, result_json, score)
          values (${values.id ?? 'prn_1'}, ${values.user ?? 'usr_tr1'}, ${values.sandbox ?? 'practice:usr_tr1'}, 'new-caller', 1, ${STARTED}, ${values.finished ?? null}, 'PAUE910930MCHCRL0', null, null, ${values.result ?? null}, ${values.score ?? null})`,
    );

  it('creates practice_runs with empty event lists by default, on a database that already has data', async () => {
    await insertRun({});
    expect(
      await t.row(sql`select asked_json, requirements_json, finished_at, score from practice_runs`),
    ).toEqual({ asked_json: '[]', requirements_json: '{}', finished_at: null, score: null });
    expect(await t.count(sql`select count(*) as n from users`)).toBe(1);
  });

  it('accepts a finished run with its result and score', async () => {
    await insertRun({ finished: FINISHED, result: '{}', score: 85 });
    expect(await t.row(sql`select finished_at, score from practice_runs`)).toEqual({
      finished_at: FINISHED,
      score: 85,
    });
  });

  it('refuses a score without a finish, a finish without a result, a score over 100, a finish before the start', async () => {
    expect(isCheckViolation(await refusalOf(() => insertRun({ id: 'a', score: 50 })))).toBe(true);
    expect(
      isCheckViolation(await refusalOf(() => insertRun({ id: 'b', finished: FINISHED, score: 50 }))),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => insertRun({ id: 'c', finished: FINISHED, result: '{}', score: 101 })),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() =>
          insertRun({ id: 'd', finished: '2026-03-09T14:00:00.000Z', result: '{}', score: 10 }),
        ),
      ),
    ).toBe(true);
  });

  it('refuses a run outside a practice sandbox, and an unknown user', async () => {
    expect(isCheckViolation(await refusalOf(() => insertRun({ sandbox: 'live' })))).toBe(true);
    expect(isForeignKeyViolation(await refusalOf(() => insertRun({ user: 'usr_nobody' })))).toBe(true);
  });

  it("lists a user's runs through the index", async () => {
    const plan = await queryPlan(
      t,
      sql`select * from practice_runs where user_id = ${'usr_tr1'} order by started_at desc`,
    );
    expect(plan).toMatch(
      dialect === 'sqlite'
        ? /USING INDEX practice_runs_by_user/
        : /Index Scan (Backward )?using practice_runs_by_user/,
    );
  });
});
