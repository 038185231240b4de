import { sql, type Kysely, type RawBuilder } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isForeignKeyViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { tableNames } from '../../../../test/support/schema-introspection';
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

const AT = '2026-03-09T15:00:00.000Z';

describeEachDialect('migration 0004-floor', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0003-call-log' });
    await t.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at) values
        ('usr_op1', 'operator1', 'Operator 1', 'operator', 'x', '${AT}'),
        ('usr_lead1', 'lead1', 'Lead 1', 'lead', 'x', '${AT}');
      insert into calls (id, sandbox, operator_id, started_at, ended_at, wrap_up_code, applicant_id, appointment_id, note)
        values ('cal_1', 'live', 'usr_op1', '${AT}', null, null, null, null, null);
    `);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0004-floor' })).toEqual([
      '0004-floor',
    ]);
    await t.exec(`
      insert into queues (id, name_es, name_en, kind, consulate_ids_json, procedure_ids_json, sort_order) values
        ('q-tx', 'Texas', 'Texas', 'region', '["ELP"]', '[]', 10),
        ('q-pass', 'Pasaportes', 'Passports', 'procedure_family', '[]', '["passport-first"]', 20);
    `);
  });

  const run = (statement: string | RawBuilder<unknown>) =>
    typeof statement === 'string' ? t.exec(statement) : t.rows(statement);
  const state = (values: {
    user?: string;
    state: string;
    reason?: string;
    call?: string | null;
    pending?: string | null;
  }) =>
    run(
      sql`insert into operator_states (user_id, state, since, reason, call_id, pending_state, updated_at)
          values (${values.user ?? 'usr_op1'}, ${values.state}, ${AT}, ${values.reason ?? 'console'}, ${values.call ?? null}, ${values.pending ?? null}, ${AT})`,
    );
  const reassignment = (values: {
    id?: string;
    status: string;
    applied?: string | null;
    acknowledged?: string | null;
    to?: string;
    user?: string;
  }) =>
    run(
      sql`insert into reassignments (id, user_id, from_queue_id, to_queue_id, when_mode, status, requested_by, requested_at, applied_at, acknowledged_at)
          values (${values.id ?? 'rea_1'}, ${values.user ?? 'usr_op1'}, null, ${values.to ?? 'q-tx'}, 'now', ${values.status}, 'usr_lead1', ${AT}, ${values.applied ?? null}, ${values.acknowledged ?? null})`,
    );
  const shift = (weekday: number, start: string, end: string) =>
    run(
      sql`insert into shift_schedules (user_id, weekday, start_time, end_time, updated_at, updated_by) values ('usr_op1', ${weekday}, ${start}, ${end}, ${AT}, null)`,
    );

  it('keeps the data already there and adds the floor tables', async () => {
    expect(await t.count(sql`select count(*) as n from calls`)).toBe(1);
    const floorTables = ['operator_states', 'queue_members', 'queues', 'reassignments', 'shift_schedules'];
    expect((await tableNames(t)).filter((name) => floorTables.includes(name))).toEqual(floorTables);
  });

  it('keeps one state per user, from the fixed lists of states and reasons', async () => {
    await state({ state: 'available' });
    expect(isUniqueViolation(await refusalOf(() => state({ state: 'break' })))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => state({ user: 'usr_lead1', state: 'lunch' })))).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => state({ user: 'usr_lead1', state: 'available', reason: 'whim' })),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => state({ user: 'usr_lead1', state: 'available', pending: 'lunch' })),
      ),
    ).toBe(true);
    expect(
      isForeignKeyViolation(await refusalOf(() => state({ user: 'usr_nobody', state: 'available' }))),
    ).toBe(true);
  });

  it('has a call exactly when the state is on a call or in its wrap-up', async () => {
    await state({ state: 'on_call', reason: 'call', call: 'cal_1', pending: 'break' });
    expect(
      isCheckViolation(await refusalOf(() => run(`update operator_states set state = 'available'`))),
    ).toBe(true);
    await run(`update operator_states set state = 'wrap_up'`);
    await run(`update operator_states set state = 'available', call_id = null`);
    expect(isCheckViolation(await refusalOf(() => run(`update operator_states set state = 'on_call'`)))).toBe(
      true,
    );
    expect(isCheckViolation(await refusalOf(() => run(`update operator_states set call_id = 'cal_1'`)))).toBe(
      true,
    );
    expect(
      isForeignKeyViolation(
        await refusalOf(() => run(`update operator_states set state = 'on_call', call_id = 'cal_nobody'`)),
      ),
    ).toBe(true);
  });

  it('puts each user on one queue at most, of the queues that exist', async () => {
    await run(
      sql`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_op1', 'q-tx', ${AT}, null)`,
    );
    expect(
      isUniqueViolation(
        await refusalOf(() =>
          run(
            sql`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_op1', 'q-pass', ${AT}, null)`,
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isForeignKeyViolation(
        await refusalOf(() =>
          run(
            sql`insert into queue_members (user_id, queue_id, assigned_at, assigned_by) values ('usr_lead1', 'q-nowhere', ${AT}, null)`,
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() =>
          run(
            `insert into queues (id, name_es, name_en, kind, consulate_ids_json, procedure_ids_json, sort_order) values ('q-x', 'x', 'x', 'mood', '[]', '[]', 1)`,
          ),
        ),
      ),
    ).toBe(true);
  });

  it('acknowledges a reassignment only after it was applied, with both instants', async () => {
    await reassignment({ id: 'rea_p', status: 'pending' });
    await reassignment({ id: 'rea_s', status: 'superseded' });
    await reassignment({ id: 'rea_a', status: 'applied', applied: AT });
    await reassignment({ id: 'rea_k', status: 'acknowledged', applied: AT, acknowledged: AT });
    expect(isCheckViolation(await refusalOf(() => reassignment({ id: 'rea_x1', status: 'applied' })))).toBe(
      true,
    );
    expect(
      isCheckViolation(
        await refusalOf(() => reassignment({ id: 'rea_x2', status: 'acknowledged', applied: AT })),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() =>
          reassignment({ id: 'rea_x3', status: 'applied', applied: AT, acknowledged: AT }),
        ),
      ),
    ).toBe(true);
    expect(isCheckViolation(await refusalOf(() => reassignment({ id: 'rea_x4', status: 'lost' })))).toBe(
      true,
    );
    expect(
      isCheckViolation(
        await refusalOf(() => run(`update reassignments set status = 'acknowledged' where id = 'rea_p'`)),
      ),
    ).toBe(true);
    expect(
      isForeignKeyViolation(
        await refusalOf(() => reassignment({ id: 'rea_x5', status: 'pending', to: 'q-nowhere' })),
      ),
    ).toBe(true);
  });

  it('keeps shifts that end after they start, on ISO weekdays 1–7, one per start', async () => {
    await shift(1, '08:00', '14:00');
    await shift(7, '14:00', '24:00');
    expect(isUniqueViolation(await refusalOf(() => shift(1, '08:00', '12:00')))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => shift(2, '14:00', '14:00')))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => shift(2, '14:00', '09:00')))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => shift(0, '08:00', '09:00')))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => shift(8, '08:00', '09:00')))).toBe(true);
  });

  it("finds the day's live calls by start time through the index, across operators", async () => {
    if (dialect === 'postgres') {
      // PostgreSQL weighs indexes by statistics: a month of calls by 40 operators, analyzed.
      await t.exec(`
        insert into users (id, username, display_name, role, password_hash, created_at)
          select 'usr_g' || g, 'g' || g, 'G ' || g, 'operator', 'x', '${AT}' from generate_series(1, 40) g;
        insert into calls (id, sandbox, operator_id, started_at, ended_at, wrap_up_code, applicant_id, appointment_id, note)
          select 'cal_g' || g, 'live', 'usr_g' || (g % 40 + 1),
                 to_char(timestamp '2026-02-01' + g * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
                 to_char(timestamp '2026-02-01' + g * interval '1 minute' + interval '30 seconds', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
                 'information', null, null, null
          from generate_series(1, 40000) g;
        analyze calls;
      `);
    }
    const plan = await queryPlan(
      t,
      sql`select operator_id, count(*) from calls where sandbox = 'live' and started_at >= ${AT} and started_at < ${'2026-03-10T06:00:00.000Z'} group by operator_id`,
    );
    expect(plan).toMatch(
      dialect === 'sqlite'
        ? /USING (COVERING )?INDEX calls_by_start/
        : /Index (Only )?Scan using calls_by_start|Bitmap Index Scan on calls_by_start/,
    );
  });
});
