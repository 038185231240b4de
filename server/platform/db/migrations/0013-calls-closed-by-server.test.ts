import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isForeignKeyViolation } from '../constraint-violation';
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

const indexesOfCalls = async () =>
  (t.dialect === 'sqlite'
    ? await t.rows<{ name: string }>(
        sql`select name from sqlite_master where type = 'index' and tbl_name = 'calls' and name not like 'sqlite_%' order by name`,
      )
    : await t.rows<{ name: string }>(
        sql`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'calls' and indexname <> 'calls_pkey' order by indexname`,
      )
  ).map((r) => r.name);

describeEachDialect('migration 0013-calls-closed-by-server', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0012-missed-offers' });
    // One call ended with its wrap-up, one open with its operator on it (operator_states references it).
    await t.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at)
        values ('u1', 'operator1', 'Operador 1', 'operator', 'x', '2027-01-04T14:00:00.000Z');
      insert into calls (id, sandbox, operator_id, started_at, ended_at, wrap_up_code, direction, procedure_id, hung_up_at, ended_by) values
        ('cal_1', 'live', 'u1', '2027-01-04T14:05:00.000Z', '2027-01-04T14:09:00.000Z', 'information', 'inbound', 'matricula', '2027-01-04T14:08:00.000Z', 'operator');
      insert into calls (id, sandbox, operator_id, started_at, direction) values
        ('cal_2', 'live', 'u1', '2027-01-04T14:10:00.000Z', 'outbound');
      insert into operator_states (user_id, state, since, reason, call_id, pending_state, updated_at) values
        ('u1', 'on_call', '2027-01-04T14:10:00.000Z', 'call', 'cal_2', null, '2027-01-04T14:10:00.000Z');`);
    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0013-calls-closed-by-server' }),
    ).toEqual(['0013-calls-closed-by-server']);
  });

  it('keeps every call, its indexes and the operator states that reference it', async () => {
    expect(
      await t.rows(
        sql`select id, sandbox, operator_id, started_at, ended_at, wrap_up_code, direction, procedure_id, hung_up_at, ended_by from calls order by id`,
      ),
    ).toEqual([
      {
        id: 'cal_1',
        sandbox: 'live',
        operator_id: 'u1',
        started_at: '2027-01-04T14:05:00.000Z',
        ended_at: '2027-01-04T14:09:00.000Z',
        wrap_up_code: 'information',
        direction: 'inbound',
        procedure_id: 'matricula',
        hung_up_at: '2027-01-04T14:08:00.000Z',
        ended_by: 'operator',
      },
      {
        id: 'cal_2',
        sandbox: 'live',
        operator_id: 'u1',
        started_at: '2027-01-04T14:10:00.000Z',
        ended_at: null,
        wrap_up_code: null,
        direction: 'outbound',
        procedure_id: null,
        hung_up_at: null,
        ended_by: null,
      },
    ]);
    expect(await indexesOfCalls()).toEqual([
      'calls_by_appointment',
      'calls_by_operator',
      'calls_by_start',
      'calls_open_by_start',
    ]);
    expect(
      isForeignKeyViolation(
        await refusalOf(() => t.exec(`update operator_states set call_id = 'cal_nope' where user_id = 'u1'`)),
      ),
    ).toBe(true);
    expect(
      isForeignKeyViolation(
        await refusalOf(() =>
          t.exec(
            `insert into calls (id, sandbox, operator_id, started_at) values ('cal_3', 'live', 'nobody', '2027-01-04T15:00:00.000Z')`,
          ),
        ),
      ),
    ).toBe(true);
  });

  it('lets the server end a call without a wrap-up code, and nobody else', async () => {
    await t.exec(
      `update calls set ended_at = '2027-01-04T16:10:00.000Z', ended_by = 'server', hung_up_at = '2027-01-04T16:10:00.000Z' where id = 'cal_2'`,
    );
    expect(
      await t.count(sql`select count(*) as n from calls where ended_by = 'server' and wrap_up_code is null`),
    ).toBe(1);
    for (const refused of [
      // An operator's end carries its wrap-up code.
      `update calls set ended_at = '2027-01-04T16:10:00.000Z', ended_by = 'operator' where id = 'cal_2'`,
      `update calls set ended_at = '2027-01-04T16:10:00.000Z' where id = 'cal_2'`,
      // A code without an end, who closed a call still open, an unknown closer, an end before the start.
      `update calls set wrap_up_code = 'dropped' where id = 'cal_2'`,
      `update calls set ended_by = 'server' where id = 'cal_2'`,
      `update calls set ended_by = 'caller' where id = 'cal_1'`,
      `update calls set ended_at = '2027-01-04T14:00:00.000Z' where id = 'cal_1'`,
    ]) {
      await t.exec(`update calls set ended_at = null, ended_by = null, hung_up_at = null where id = 'cal_2'`);
      expect(isCheckViolation(await refusalOf(() => t.exec(refused))), refused).toBe(true);
    }
  });

  it("reads the round of open calls from the open calls' index", async () => {
    const plan = await queryPlan(
      t,
      sql`select id from calls where ended_at is null
            and ((hung_up_at is not null and hung_up_at <= '2027-01-04T15:00:00.000Z') or started_at <= '2027-01-04T13:00:00.000Z')
            order by started_at limit 200`,
    );
    expect(plan).toMatch(/calls_open_by_start/);
  });
});
