import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { migrations } from './migrations/index';
import { describePostgres } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

describePostgres('migrations on PostgreSQL, several schemas in one database', () => {
  it('migrates a fresh schema while another schema of the database already has its migration tables', async () => {
    // Side-by-side deployments and test runs share one database, each in a schema of its own.
    // Kysely once took the first schema's kysely_migration_lock for the second's and failed.
    const first = await openTestDatabase({ dialect: 'postgres' });
    opened.push(first);
    const second = await openTestDatabase({ dialect: 'postgres' });
    opened.push(second);
    for (const t of [first, second]) {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        t.db,
      );
      expect(applied.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
    }
  });
});
