import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Practice runs (issue 5): one row per scenario a user plays in their practice sandbox, from the
 * start (what was seeded) through the console's events (lines asked, requirements read, read-back)
 * to the score. The schema keeps what the code relies on: a run is scored once, when it finishes,
 * with a score out of 100, never before it started. The applicant and appointments are kept by
 * value (no foreign key): resetting the sandbox removes them, the run's history stays.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('practice_runs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('sandbox', 'text', (c) => c.notNull().check(sql`sandbox like 'practice:%'`))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('scenario_version', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('applicant_curp', 'text', (c) => c.notNull())
    .addColumn('existing_appointment_id', 'text')
    .addColumn('asked_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('requirements_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('read_back_appointment_id', 'text')
    .addColumn('result_json', 'text')
    .addColumn('score', 'integer', (c) => c.check(sql`score is null or score between 0 and 100`))
    .addCheckConstraint(
      'practice_runs_finish_after_start',
      sql`finished_at is null or finished_at >= started_at`,
    )
    // Finishing a run and scoring it are one step.
    .addCheckConstraint(
      'practice_runs_scored_when_finished',
      sql`(finished_at is null) = (result_json is null) and (finished_at is null) = (score is null)`,
    )
    .execute();
  // A user's results newest first; a lead's list of everyone's by finish time.
  await db.schema
    .createIndex('practice_runs_by_user')
    .on('practice_runs')
    .columns(['user_id', 'started_at'])
    .execute();
  await db.schema.createIndex('practice_runs_by_finish').on('practice_runs').column('finished_at').execute();
}
