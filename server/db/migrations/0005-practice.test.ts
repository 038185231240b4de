import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { openTestDatabase, refusalOf, type TestDatabase } from '../test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const STARTED = '2026-03-09T15:00:00.000Z';
const FINISHED = '2026-03-09T15:06:00.000Z';

describe('migration 0005-practice', () => {
  beforeEach(async () => {
    t = await openTestDatabase({ migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0004-floor' });
    t.raw.exec(`insert into users (id, username, display_name, role, password_hash, created_at) values ('usr_tr1', 'trainee1', 'Trainee 1', 'trainee', 'x', '${STARTED}');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0005-practice' })).toEqual(['0005-practice']);
  });

  const insertRun = (values: { id?: string; user?: string; sandbox?: string; finished?: string | null; result?: string | null; score?: number | null }) =>
    t.raw
      .prepare(
        `insert into practice_runs (id, user_id, sandbox, scenario_id, scenario_version, started_at, finished_at, applicant_curp, existing_appointment_id, read_back_appointment_id, result_json, score)
         values (?, ?, ?, 'new-caller', 1, ?, ?, 'PAUE910930MCHCRL0', null, null, ?, ?)`,
      )
      .run(values.id ?? 'prn_1', values.user ?? 'usr_tr1', values.sandbox ?? 'practice:usr_tr1', STARTED, values.finished ?? null, values.result ?? null, values.score ?? null);

  it('creates practice_runs with empty event lists by default, on a database that already has data', () => {
    insertRun({});
    expect(t.raw.prepare(`select asked_json, requirements_json, finished_at, score from practice_runs`).get()).toEqual({ asked_json: '[]', requirements_json: '{}', finished_at: null, score: null });
    expect(t.raw.prepare(`select count(*) as n from users`).get()).toEqual({ n: 1 });
  });

  it('accepts a finished run with its result and score', () => {
    expect(() => insertRun({ finished: FINISHED, result: '{}', score: 85 })).not.toThrow();
  });

  it('refuses a score without a finish, a finish without a result, a score over 100, a finish before the start', () => {
    expect(isCheckViolation(refusalOf(() => insertRun({ id: 'a', score: 50 })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => insertRun({ id: 'b', finished: FINISHED, score: 50 })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => insertRun({ id: 'c', finished: FINISHED, result: '{}', score: 101 })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => insertRun({ id: 'd', finished: '2026-03-09T14:00:00.000Z', result: '{}', score: 10 })))).toBe(true);
  });

  it('refuses a run outside a practice sandbox, and an unknown user', () => {
    expect(isCheckViolation(refusalOf(() => insertRun({ sandbox: 'live' })))).toBe(true);
    expect(String(refusalOf(() => insertRun({ user: 'usr_nobody' })))).toMatch(/FOREIGN KEY/);
  });

  it("lists a user's runs through the index", () => {
    const plan = t.raw
      .prepare(`explain query plan select * from practice_runs where user_id = ? order by started_at desc`)
      .all('usr_tr1')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX practice_runs_by_user/);
  });
});
