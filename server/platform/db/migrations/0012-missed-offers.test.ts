import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

describeEachDialect('migration 0012-missed-offers', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0011-routed-calls' });
    // Two operators' states written before 0012: one on a call, one on break.
    await t.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at) values
        ('u1', 'operator1', 'Operador 1', 'operator', 'x', '2027-01-04T14:00:00.000Z'),
        ('u2', 'operator2', 'Operador 2', 'operator', 'x', '2027-01-04T14:00:00.000Z');
      insert into calls (id, sandbox, operator_id, started_at) values ('cal_1', 'live', 'u1', '2027-01-04T14:05:00.000Z');
      insert into operator_states (user_id, state, since, reason, call_id, pending_state, updated_at) values
        ('u1', 'on_call', '2027-01-04T14:05:00.000Z', 'call', 'cal_1', 'break', '2027-01-04T14:05:00.000Z'),
        ('u2', 'break', '2027-01-04T14:01:00.000Z', 'console', null, null, '2027-01-04T14:01:00.000Z');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0012-missed-offers' })).toEqual([
      '0012-missed-offers',
    ]);
  });

  it('keeps every state as it was', async () => {
    expect(
      await t.rows(
        sql`select user_id, state, since, reason, call_id, pending_state from operator_states order by user_id`,
      ),
    ).toEqual([
      {
        user_id: 'u1',
        state: 'on_call',
        since: '2027-01-04T14:05:00.000Z',
        reason: 'call',
        call_id: 'cal_1',
        pending_state: 'break',
      },
      {
        user_id: 'u2',
        state: 'break',
        since: '2027-01-04T14:01:00.000Z',
        reason: 'console',
        call_id: null,
        pending_state: null,
      },
    ]);
  });

  it('takes the reason missed, and still refuses unknown reasons and a break holding a call', async () => {
    await t.exec(`update operator_states set reason = 'missed' where user_id = 'u2'`);
    expect(await t.count(sql`select count(*) as n from operator_states where reason = 'missed'`)).toBe(1);
    expect(
      isCheckViolation(
        await refusalOf(() => t.exec(`update operator_states set reason = 'nap' where user_id = 'u2'`)),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() => t.exec(`update operator_states set call_id = 'cal_1' where user_id = 'u2'`)),
      ),
    ).toBe(true);
  });
});
