import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database, PracticeRunsTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;
export type PracticeRunRow = Selectable<PracticeRunsTable>;

/** How many results a list returns at most (newest first). */
export const RESULTS_LIMIT = 500;

export async function insertRun(
  trx: Transaction<Database>,
  row: Insertable<PracticeRunsTable>,
): Promise<void> {
  await trx.insertInto('practice_runs').values(row).execute();
}

/** A run of this user (someone else's run is not found). */
export async function findOwnRun(db: Db, userId: string, id: string): Promise<PracticeRunRow | undefined> {
  return db
    .selectFrom('practice_runs')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function updateRunEvents(
  trx: Transaction<Database>,
  id: string,
  values: { asked_json?: string; requirements_json?: string; read_back_appointment_id?: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('practice_runs')
    .set(values)
    .where('id', '=', id)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Finishes a run once: false when it had already finished (two finishes cannot both win). */
export async function finishRun(
  trx: Transaction<Database>,
  id: string,
  values: { finished_at: string; result_json: string; score: number },
): Promise<boolean> {
  const result = await trx
    .updateTable('practice_runs')
    .set(values)
    .where('id', '=', id)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stored results, newest first: one user's, or everyone's. */
export async function listResults(db: Db, userId: string | null): Promise<string[]> {
  const rows = await db
    .selectFrom('practice_runs')
    .select('result_json')
    .where('result_json', 'is not', null)
    .$if(userId !== null, (q) => q.where('user_id', '=', userId as string))
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
    .limit(RESULTS_LIMIT)
    .execute();
  return rows.map((r) => r.result_json as string);
}
