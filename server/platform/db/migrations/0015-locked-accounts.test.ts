import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

/** Whatever came before: the lock table arrives on a database migrated up to there. */
const previous = migrations[migrations.findIndex((m) => m.name === '0015-locked-accounts') - 1]!.name;

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

describeEachDialect('migration 0015-locked-accounts', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: previous });
    await t.exec(`
      insert into users (id, username, display_name, role, password_hash, created_at) values
        ('u1', 'operator1', 'Operador 1', 'operator', 'x', '2027-01-04T14:00:00.000Z');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0015-locked-accounts' })).toEqual(
      ['0015-locked-accounts'],
    );
  });

  it('starts with no account locked, and keeps the users as they were', async () => {
    expect(await t.count(sql`select count(*) as n from locked_accounts`)).toBe(0);
    expect(await t.rows(sql`select id, username from users`)).toEqual([{ id: 'u1', username: 'operator1' }]);
  });

  it('holds one lock per username, with when and after how many failures', async () => {
    await t.exec(
      `insert into locked_accounts (username, locked_at, failures) values ('operator1', '2027-01-04T15:00:00.000Z', 100)`,
    );
    expect(
      isUniqueViolation(
        await refusalOf(() =>
          t.exec(
            `insert into locked_accounts (username, locked_at, failures) values ('operator1', '2027-01-04T15:01:00.000Z', 100)`,
          ),
        ),
      ),
    ).toBe(true);
    await expect(
      t.exec(`insert into locked_accounts (username, locked_at, failures) values ('nobody', null, 100)`),
    ).rejects.toThrow();
    await expect(
      t.exec(
        `insert into locked_accounts (username, locked_at, failures) values ('nobody', '2027-01-04T15:00:00.000Z', 0)`,
      ),
    ).rejects.toThrow();
  });
});
