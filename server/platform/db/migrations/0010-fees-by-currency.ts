import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Fees as a consulate charges them: in its country's currency (USD in the United States, CAD in
 * Canada), by the year they take effect, with the source of each amount. An amount nobody can cite
 * (next year's before it is published, a currency without a source) is NULL, never a guess or a
 * conversion. The reference sync rewrites the table from `server/modules/reference` at every start; the
 * old table's US amounts are carried over so a database is never without fees in between.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('fee_schedule')
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('currency', 'text', (c) => c.notNull().check(sql`currency in ('USD', 'CAD')`))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.check(sql`amount_cents is null or amount_cents >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('fee_schedule_pk', ['procedure_id', 'currency', 'effective_from', 'label_en'])
    .execute();
  await sql`insert into fee_schedule (procedure_id, currency, effective_from, label_es, label_en, amount_cents, source, sort_order)
    select procedure_id, 'USD', effective_from, label_es, label_en, amount_cents, 'procedure_fees (before migration 0010)', sort_order from procedure_fees`.execute(
    db,
  );
  await db.schema.dropTable('procedure_fees').execute();
}
