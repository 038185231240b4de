import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Every pair of distinct name tokens of an applicant, lower token first. A name search made only
 * of common words ("Juan José Martínez Hernández") then starts from its two rarest words together
 * instead of the rarest one alone: at 1,000,000 applicants the misspelt-name p95 went from
 * 20–44 ms to 7–10 ms on the bench machine (server/modules/applicants/search/applicant-search.ts).
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('applicant_name_token_pairs')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('token_a', 'text', (c) => c.notNull())
    .addColumn('token_b', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('applicant_name_token_pairs_pk', [
      'sandbox',
      'token_a',
      'token_b',
      'applicant_id',
    ])
    .modifyEnd(dialect === 'sqlite' ? sql`without rowid` : sql``)
    .execute();

  // Backfill from the token table. It has no index by applicant: materialising it lets SQLite build
  // an automatic one (a plain self-join would range-scan `token > a.token` per row); PostgreSQL
  // hash-joins either way.
  await sql`
    insert into applicant_name_token_pairs (sandbox, token_a, token_b, applicant_id)
    with t as materialized (select sandbox, token, applicant_id from applicant_name_tokens)
    select a.sandbox, a.token, b.token, a.applicant_id
    from t a join t b on b.applicant_id = a.applicant_id and b.sandbox = a.sandbox and b.token > a.token
  `.execute(db);
}
