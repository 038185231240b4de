import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isForeignKeyViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { columnsOf } from '../../../../test/support/schema-introspection';
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

const STARTED = '2026-03-09T12:00:00.000Z';

describeEachDialect('migration 0003-call-log', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0002-name-token-pairs' });
    await t.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at)
        values ('usr_op1', 'operator1', 'Operator 1', 'operator', 'x', '${STARTED}');
      insert into consulates (id, name, city, region, country, time_zone, size)
        values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order)
        values ('matricula', 'Matrícula', 'Consular ID', 15, '[]', null, 20);
      insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity)
        values ('PHX-202603101500', 'PHX', '2026-03-10', '2026-03-10T08:00', '2026-03-10T15:00:00.000Z', '2026-03-10T15:15:00.000Z', 2);
      insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at)
        values ('app_1', 'live', 'GARC800101HJCRRR01', 'Rosa', 'García', null, '1980-01-01', '${STARTED}');
      insert into reservations (id, appointment_id, confirmation_code, sandbox, slot_id, consulate_id, applicant_id, procedure_id, status, expires_at, held_by, held_at)
        values ('hld_1', 'apt_1', 'CODE22', 'live', 'PHX-202603101500', 'PHX', 'app_1', 'matricula', 'booked', '${STARTED}', 'usr_op1', '${STARTED}');
    `);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0003-call-log' })).toEqual([
      '0003-call-log',
    ]);
  });

  const insertCall = (values: {
    id?: string;
    operator?: string;
    ended?: string | null;
    code?: string | null;
    applicant?: string | null;
    appointment?: string | null;
  }) =>
    t.rows(
      sql`insert into calls (id, sandbox, operator_id, started_at, ended_at, wrap_up_code, applicant_id, appointment_id, note)
          values (${values.id ?? 'cal_1'}, 'live', ${values.operator ?? 'usr_op1'}, ${STARTED}, ${values.ended ?? null}, ${values.code ?? null}, ${values.applicant ?? null}, ${values.appointment ?? null}, null)`,
    );

  it('creates the calls table with its columns, on a database that already has data', async () => {
    expect(await columnsOf(t, 'calls')).toEqual([
      { name: 'id', required: true },
      { name: 'sandbox', required: true },
      { name: 'operator_id', required: true },
      { name: 'started_at', required: true },
      { name: 'ended_at', required: false },
      { name: 'wrap_up_code', required: false },
      { name: 'applicant_id', required: false },
      { name: 'appointment_id', required: false },
      { name: 'note', required: false },
    ]);
    expect(await t.count(sql`select count(*) as n from reservations`)).toBe(1);
  });

  it('accepts an open call and a call ended with a wrap-up code, an applicant and an appointment', async () => {
    await insertCall({ id: 'cal_open' });
    await insertCall({
      id: 'cal_done',
      ended: '2026-03-09T12:04:30.000Z',
      code: 'booked',
      applicant: 'app_1',
      appointment: 'apt_1',
    });
    await insertCall({ id: 'cal_instant', ended: STARTED, code: 'dropped' });
    expect(await t.count(sql`select count(*) as n from calls`)).toBe(3);
  });

  it('refuses a call that ends before it starts', async () => {
    expect(
      isCheckViolation(
        await refusalOf(() => insertCall({ ended: '2026-03-09T11:59:59.999Z', code: 'information' })),
      ),
    ).toBe(true);
    await insertCall({});
    expect(
      isCheckViolation(
        await refusalOf(() =>
          t.exec(`update calls set ended_at = '2026-03-09T11:00:00.000Z', wrap_up_code = 'dropped'`),
        ),
      ),
    ).toBe(true);
  });

  it('refuses an unknown wrap-up code, and an end without one (or a wrap-up code without an end)', async () => {
    expect(
      isCheckViolation(
        await refusalOf(() => insertCall({ ended: '2026-03-09T12:01:00.000Z', code: 'hung_up' })),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(await refusalOf(() => insertCall({ ended: '2026-03-09T12:01:00.000Z', code: null }))),
    ).toBe(true);
    expect(isCheckViolation(await refusalOf(() => insertCall({ code: 'booked' })))).toBe(true);
  });

  it('refuses an unknown operator, applicant or appointment', async () => {
    expect(isForeignKeyViolation(await refusalOf(() => insertCall({ operator: 'usr_nobody' })))).toBe(true);
    expect(
      isForeignKeyViolation(
        await refusalOf(() =>
          insertCall({ ended: '2026-03-09T12:01:00.000Z', code: 'booked', applicant: 'app_nobody' }),
        ),
      ),
    ).toBe(true);
    expect(
      isForeignKeyViolation(
        await refusalOf(() =>
          insertCall({ ended: '2026-03-09T12:01:00.000Z', code: 'booked', appointment: 'apt_nobody' }),
        ),
      ),
    ).toBe(true);
  });

  it("finds an operator's calls by time through the index", async () => {
    const plan = await queryPlan(
      t,
      sql`select * from calls where operator_id = ${'usr_op1'} and started_at >= ${STARTED} order by started_at desc`,
    );
    expect(plan).toMatch(
      dialect === 'sqlite'
        ? /USING INDEX calls_by_operator/
        : /Index Scan (Backward )?using calls_by_operator/,
    );
  });

  it('confirming a booking looks calls up by index, not by scanning the call log (foreign key check)', async () => {
    if (dialect === 'postgres') {
      // PostgreSQL checks the foreign key with its own query (`… from calls where appointment_id = $1
      // for key share`), which EXPLAIN cannot show inside the UPDATE: that query's plan is asked instead.
      expect(
        await queryPlan(t, sql`select 1 from calls where appointment_id = ${'apt_2'} for key share`),
      ).toMatch(/Index (Only )?Scan using calls_by_appointment/);
      return;
    }
    const rootOf = (name: string) =>
      (t.raw.prepare(`select rootpage from sqlite_master where name = ?`).get(name) as { rootpage: number })
        .rootpage;
    const opened = t.raw
      .prepare(`explain update reservations set appointment_id = 'apt_2' where id = 'hld_1'`)
      .all()
      .map((op) => op as { opcode: string; p2: number })
      .filter((op) => op.opcode === 'OpenRead')
      .map((op) => op.p2);
    const [callsRoot, indexRoot] = [rootOf('calls'), rootOf('calls_by_appointment')];
    expect(opened).toContain(indexRoot);
    expect(opened).not.toContain(callsRoot);
  });
});
