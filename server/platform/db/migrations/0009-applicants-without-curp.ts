import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * People without a CURP, and phones from two countries:
 * - `curp` may be null, and then `no_curp_reason` says why (a foreign national booking a visa, a
 *   child whose Mexican birth registration is pending); one or the other, never both or neither;
 * - `identity_key` (folded names and birth date) keeps a person without a CURP from being
 *   registered twice in a sandbox, as the CURP index does for everyone else;
 * - `phone_digits_reversed` (the E.164 digits, last first) lets a search by the last 7 or more
 *   digits of a number use an index range instead of a scan;
 * - `practice_runs.applicant_curp` may be null: a practice caller without a CURP (a foreign national
 *   asking for a visa) is identified by the scenario's names and birth date instead.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table applicants alter column curp drop not null`.execute(db);
  } else {
    // SQLite cannot drop a NOT NULL in place: the values move to a nullable column of the same name.
    await db.schema.alterTable('applicants').addColumn('curp_nullable', 'text').execute();
    await sql`update applicants set curp_nullable = curp`.execute(db);
    await db.schema.dropIndex('applicants_unique_curp').execute();
    await db.schema.alterTable('applicants').dropColumn('curp').execute();
    await db.schema.alterTable('applicants').renameColumn('curp_nullable', 'curp').execute();
    await db.schema
      .createIndex('applicants_unique_curp')
      .unique()
      .on('applicants')
      .columns(['sandbox', 'curp'])
      .execute();
  }
  await db.schema
    .alterTable('applicants')
    .addColumn('no_curp_reason', 'text', (c) =>
      // Written without a comparison to NULL, which a CHECK would let pass (unknown is not false).
      c.check(
        sql`(no_curp_reason is null and curp is not null) or (no_curp_reason is not null and no_curp_reason in ('foreign_national', 'not_yet_registered') and curp is null)`,
      ),
    )
    .execute();
  await db.schema
    .alterTable('applicants')
    .addColumn('identity_key', 'text', (c) => c.check(sql`curp is not null or identity_key is not null`))
    .execute();
  await db.schema
    .createIndex('applicants_unique_identity_without_curp')
    .unique()
    .on('applicants')
    .columns(['sandbox', 'identity_key'])
    .where(sql.ref('curp'), 'is', null)
    .execute();

  await db.schema.alterTable('applicants').addColumn('phone_digits_reversed', 'text').execute();
  // E.164 has at most 15 digits; SQLite has no reverse(), so it is spelt out character by character.
  const reversed =
    dialect === 'postgres'
      ? sql`reverse(phone_digits)`
      : sql.join(
          Array.from({ length: 15 }, (_, i) => sql`substr(phone_digits, ${sql.lit(15 - i)}, 1)`),
          sql` || `,
        );
  await sql`update applicants set phone_digits_reversed = ${reversed} where phone_digits is not null`.execute(
    db,
  );
  await db.schema.dropIndex('applicants_by_phone').execute();
  await db.schema
    .createIndex('applicants_by_phone_reversed')
    .on('applicants')
    .columns(['sandbox', 'phone_digits_reversed'])
    .execute();

  if (dialect === 'postgres') {
    await sql`alter table practice_runs alter column applicant_curp drop not null`.execute(db);
  } else {
    await db.schema.alterTable('practice_runs').addColumn('applicant_curp_nullable', 'text').execute();
    await sql`update practice_runs set applicant_curp_nullable = applicant_curp`.execute(db);
    await db.schema.alterTable('practice_runs').dropColumn('applicant_curp').execute();
    await db.schema
      .alterTable('practice_runs')
      .renameColumn('applicant_curp_nullable', 'applicant_curp')
      .execute();
  }
}
