import type { Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Each consulate's street address, for the read-back of a booking ("where do I go?"). Nullable: the
 * reference sync fills it at every start from `server/modules/reference/data/consulate-addresses.json`;
 * a consulate without one is read back without it.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('consulates').addColumn('address', 'text').execute();
}
