import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ReassignmentsTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type ReassignmentRow = Selectable<ReassignmentsTable>;

export async function insertReassignment(
  trx: Transaction<Database>,
  row: Insertable<ReassignmentsTable>,
): Promise<void> {
  await trx.insertInto('reassignments').values(row).execute();
}

export async function findReassignment(db: Db, id: string): Promise<ReassignmentRow | undefined> {
  return db.selectFrom('reassignments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The reassignment of this user waiting for their call to end, if any (at most one: a newer one supersedes it). */
export async function findPendingReassignment(db: Db, userId: string): Promise<ReassignmentRow | undefined> {
  return db
    .selectFrom('reassignments')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
}

/** A newer reassignment replaces the one still waiting; returns the ids superseded. */
export async function supersedePending(trx: Transaction<Database>, userId: string): Promise<string[]> {
  const rows = await trx
    .updateTable('reassignments')
    .set({ status: 'superseded' })
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Marks a pending reassignment applied; false when it was not pending any more. */
export async function markApplied(trx: Transaction<Database>, id: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('reassignments')
    .set({ status: 'applied', applied_at: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks an applied reassignment acknowledged; false when it was not `applied`. */
export async function markAcknowledged(trx: Transaction<Database>, id: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('reassignments')
    .set({ status: 'acknowledged', acknowledged_at: at })
    .where('id', '=', id)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The newest reassignment of a user that no console has acknowledged yet (pending or applied). */
export async function findUnacknowledged(db: Db, userId: string): Promise<ReassignmentRow | undefined> {
  return db
    .selectFrom('reassignments')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', 'in', ['pending', 'applied'])
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
}

/** Reassignments requested since `from` (not superseded), newest first: the caller keeps each user's first. */
export async function listReassignmentsSince(
  db: Db,
  from: string,
  userIds?: readonly string[],
): Promise<ReassignmentRow[]> {
  let query = db
    .selectFrom('reassignments')
    .selectAll()
    .where('requested_at', '>=', from)
    .where('status', '<>', 'superseded');
  if (userIds) {
    if (userIds.length === 0) return [];
    query = query.where('user_id', 'in', [...userIds]);
  }
  return query.orderBy('requested_at', 'desc').execute();
}
