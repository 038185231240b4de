import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Accounts locked after too many failed sign-ins (at least 100 an hour, from any addresses): a
 * row per lowercased username, so the lock holds on every instance and across restarts until a
 * lead or an administrator deletes it. A username nobody has is locked the same way (a guesser
 * learns nothing from the answers); the console lists only the rows that name an account.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('locked_accounts')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('locked_at', 'text', (c) => c.notNull())
    /** Failed sign-ins counted in the hour before the lock. */
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures > 0`))
    .execute();
}
