import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { openTestDatabase, refusalOf, type TestDatabase } from '../test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const AT = '2026-03-09T15:00:00.000Z';

describe('migration 0004-floor', () => {
  beforeEach(async () => {
    t = await openTestDatabase({ migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0003-call-log' });
    t.raw.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at) values
        ('usr_op1', 'operator1', 'Operator 1', 'operator', 'x', '${AT}'),
        ('usr_lead1', 'lead1', 'Lead 1', 'lead', 'x', '${AT}');
      insert into calls (id, sandbox, operator_id, started_at, ended_at, wrap_up_code, applicant_id, appointment_id, note)
        values ('cal_1', 'live', 'usr_op1', '${AT}', null, null, null, null, null);
    `);
    expect(await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0004-floor' })).toEqual(['0004-floor']);
    t.raw.exec(`
      insert into queues (id, name_es, name_en, kind, consulate_ids_json, procedure_ids_json, sort_order) values
        ('q-tx', 'Texas', 'Texas', 'region', '["ELP"]', '[]', 10),
        ('q-pass', 'Pasaportes', 'Passports', 'procedure_family', '[]', '["passport-first"]', 20);
    `);
  });

  const run = (statement: string, ...params: unknown[]) => t.raw.prepare(statement).run(...params);
  const state = (values: { user?: string; state: string; reason?: string; call?: string | null; pending?: string | null }) =>
    run(
      `insert into operator_states (user_id, state, since, reason, call_id, pending_state, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
      values.user ?? 'usr_op1',
      values.state,
      AT,
      values.reason ?? 'console',
      values.call ?? null,
      values.pending ?? null,
      AT,
    );
  const reassignment = (values: { id?: string; status: string; applied?: string | null; acknowledged?: string | null; to?: string; user?: string }) =>
    run(
      `insert into reassignments (id, user_id, from_queue_id, to_queue_id, when_mode, status, requested_by, requested_at, applied_at, acknowledged_at) values (?, ?, null, ?, 'now', ?, 'usr_lead1', ?, ?, ?)`,
      values.id ?? 'rea_1',
      values.user ?? 'usr_op1',
      values.to ?? 'q-tx',
      values.status,
      AT,
      values.applied ?? null,
      values.acknowledged ?? null,
    );
  const shift = (weekday: number, start: string, end: string) => run(`insert into shift_schedules (user_id, weekday, start_time, end_time, updated_at, updated_by) values ('usr_op1', ?, ?, ?, ?, null)`, weekday, start, end, AT);

  it('keeps the data already there and adds the floor tables', () => {
    expect(t.raw.prepare(`select count(*) as n from calls`).get()).toEqual({ n: 1 });
    const tables = t.raw.prepare(`select name from sqlite_master where type = 'table' and name in ('queues', 'queue_members', 'operator_states', 'reassignments', 'shift_schedules') order by name`).all();
    expect(tables.map((r) => (r as { name: string }).name)).toEqual(['operator_states', 'queue_members', 'queues', 'reassignments', 'shift_schedules']);
  });

  it('keeps one state per user, from the fixed lists of states and reasons', () => {
    expect(() => state({ state: 'available' })).not.toThrow();
    expect(isUniqueViolation(refusalOf(() => state({ state: 'break' })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => state({ user: 'usr_lead1', state: 'lunch' })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => state({ user: 'usr_lead1', state: 'available', reason: 'whim' })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => state({ user: 'usr_lead1', state: 'available', pending: 'lunch' })))).toBe(true);
    expect(String(refusalOf(() => state({ user: 'usr_nobody', state: 'available' })))).toMatch(/FOREIGN KEY/);
  });

  it('has a call exactly when the state is on a call or in its wrap-up', () => {
    expect(() => state({ state: 'on_call', reason: 'call', call: 'cal_1', pending: 'break' })).not.toThrow();
    expect(isCheckViolation(refusalOf(() => run(`update operator_states set state = 'available'`)))).toBe(true);
    expect(() => run(`update operator_states set state = 'wrap_up'`)).not.toThrow();
    expect(() => run(`update operator_states set state = 'available', call_id = null`)).not.toThrow();
    expect(isCheckViolation(refusalOf(() => run(`update operator_states set state = 'on_call'`)))).toBe(true);
    expect(isCheckViolation(refusalOf(() => run(`update operator_states set call_id = 'cal_1'`)))).toBe(true);
    expect(String(refusalOf(() => run(`update operator_states set state = 'on_call', call_id = 'cal_nobody'`)))).toMatch(/FOREIGN KEY/);
  });

  it('puts each user on one queue at most, of the queues that exist', () => {
    expect(() => run(`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_op1', 'q-tx', ?, null)`, AT)).not.toThrow();
    expect(isUniqueViolation(refusalOf(() => run(`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_op1', 'q-pass', ?, null)`, AT)))).toBe(true);
    expect(String(refusalOf(() => run(`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_lead1', 'q-nowhere', ?, null)`, AT)))).toMatch(/FOREIGN KEY/);
    expect(isCheckViolation(refusalOf(() => run(`insert into queues (id, name_es, name_en, kind, consulate_ids_json, procedure_ids_json, sort_order) values ('q-x', 'x', 'x', 'mood', '[]', '[]', 1)`)))).toBe(true);
  });

  it('acknowledges a reassignment only after it was applied, with both instants', () => {
    expect(() => reassignment({ id: 'rea_p', status: 'pending' })).not.toThrow();
    expect(() => reassignment({ id: 'rea_s', status: 'superseded' })).not.toThrow();
    expect(() => reassignment({ id: 'rea_a', status: 'applied', applied: AT })).not.toThrow();
    expect(() => reassignment({ id: 'rea_k', status: 'acknowledged', applied: AT, acknowledged: AT })).not.toThrow();
    expect(isCheckViolation(refusalOf(() => reassignment({ id: 'rea_x1', status: 'applied' })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => reassignment({ id: 'rea_x2', status: 'acknowledged', applied: AT })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => reassignment({ id: 'rea_x3', status: 'applied', applied: AT, acknowledged: AT })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => reassignment({ id: 'rea_x4', status: 'lost' })))).toBe(true);
    expect(isCheckViolation(refusalOf(() => run(`update reassignments set status = 'acknowledged' where id = 'rea_p'`)))).toBe(true);
    expect(String(refusalOf(() => reassignment({ id: 'rea_x5', status: 'pending', to: 'q-nowhere' })))).toMatch(/FOREIGN KEY/);
  });

  it('keeps shifts that end after they start, on ISO weekdays 1–7, one per start', () => {
    expect(() => shift(1, '08:00', '14:00')).not.toThrow();
    expect(() => shift(7, '14:00', '24:00')).not.toThrow();
    expect(isUniqueViolation(refusalOf(() => shift(1, '08:00', '12:00')))).toBe(true);
    expect(isCheckViolation(refusalOf(() => shift(2, '14:00', '14:00')))).toBe(true);
    expect(isCheckViolation(refusalOf(() => shift(2, '14:00', '09:00')))).toBe(true);
    expect(isCheckViolation(refusalOf(() => shift(0, '08:00', '09:00')))).toBe(true);
    expect(isCheckViolation(refusalOf(() => shift(8, '08:00', '09:00')))).toBe(true);
  });

  it("finds the day's live calls by start time through the index, across operators", () => {
    const plan = t.raw
      .prepare(`explain query plan select operator_id, count(*) from calls where sandbox = 'live' and started_at >= ? and started_at < ? group by operator_id`)
      .all(AT, '2026-03-10T06:00:00.000Z')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX calls_by_start/);
  });
});
