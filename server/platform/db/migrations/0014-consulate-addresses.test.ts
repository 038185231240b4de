import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

describeEachDialect('migration 0014-consulate-addresses', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0013-calls-closed-by-server' });
    await t.exec(`
      insert into consulates (id, name, city, region, country, time_zone, size)
        values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');`);
    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0014-consulate-addresses' }),
    ).toEqual(['0014-consulate-addresses']);
  });

  it('keeps the consulates seeded before it, without an address until the reference sync writes one', async () => {
    expect(await t.rows(sql`select id, address from consulates`)).toEqual([{ id: 'PHX', address: null }]);
    await t.exec(
      `update consulates set address = '320 East McDowell Road, Phoenix, AZ 85004' where id = 'PHX'`,
    );
    expect(await t.rows(sql`select address from consulates`)).toEqual([
      { address: '320 East McDowell Road, Phoenix, AZ 85004' },
    ]);
  });
});
