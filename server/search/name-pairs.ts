/**
 * The proposed `applicant_name_token_pairs` table (see PROPOSED-0002.md): every pair of distinct
 * name tokens of an applicant, so that a name search can start from the two rarest typed words
 * together instead of the rarest one alone. Until migration 0002 lands it exists only where a
 * bench or a test creates it with these helpers; `createApplicantSearch(…, { pairTable: true })`
 * uses it.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { SqlDialect } from '../db/dialect';
import type { Database } from '../db/schema';

export interface NamePairRow {
  sandbox: string;
  token_a: string;
  token_b: string;
  applicant_id: string;
}

/** The pairs of distinct tokens, each once, lower token first (code-unit order). */
export function namePairs(tokens: readonly string[]): [string, string][] {
  const sorted = [...new Set(tokens)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i] as string, sorted[j] as string]);
  }
  return pairs;
}

/** The DDL proposed as migration 0002 (without the backfill). */
export async function createNamePairTable(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('applicant_name_token_pairs')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('token_a', 'text', (c) => c.notNull())
    .addColumn('token_b', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('applicant_name_token_pairs_pk', ['sandbox', 'token_a', 'token_b', 'applicant_id'])
    .modifyEnd(dialect === 'sqlite' ? sql`without rowid` : sql``)
    .execute();
}

/**
 * Fills the pair table from `applicant_name_tokens` (the proposed migration's backfill). The token
 * table has no index by applicant, so a plain self-join would make SQLite range-scan the tokens
 * greater than each token (quadratic); materialising it first lets SQLite build an automatic index
 * by applicant (PostgreSQL hash-joins either way).
 */
export async function backfillNamePairs(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into applicant_name_token_pairs (sandbox, token_a, token_b, applicant_id)
    with t as materialized (select sandbox, token, applicant_id from applicant_name_tokens)
    select a.sandbox, a.token, b.token, a.applicant_id
    from t a
    join t b on b.applicant_id = a.applicant_id and b.sandbox = a.sandbox and b.token > a.token
  `.execute(db);
}

/** Writes the pairs of newly registered applicants (what `insertApplicants` would do after 0002). */
export async function insertNamePairs(trx: Transaction<Database> | Kysely<Database>, applicants: readonly { id: string; sandbox: string; tokens: readonly string[] }[]): Promise<void> {
  const rows: NamePairRow[] = applicants.flatMap((a) => namePairs(a.tokens).map(([token_a, token_b]) => ({ sandbox: a.sandbox, token_a, token_b, applicant_id: a.id })));
  for (let i = 0; i < rows.length; i += 400) {
    const batch = rows.slice(i, i + 400);
    const values = sql.join(batch.map((r) => sql`(${r.sandbox}, ${r.token_a}, ${r.token_b}, ${r.applicant_id})`));
    await sql`insert into applicant_name_token_pairs (sandbox, token_a, token_b, applicant_id) values ${values}`.execute(trx);
  }
}
