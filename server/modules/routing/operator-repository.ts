import type { Insertable, Kysely, Transaction } from 'kysely';
import type { CallRow, CallsTable, Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface RoutableOperatorRow {
  userId: string;
  role: string;
  since: string;
  queueId: string | null;
  languages: string;
}

/**
 * Users who could be offered a call now: available, active, without an open offer and without a
 * connected call. The database keeps the last two true across instances; this only narrows the choice.
 */
export async function listRoutableOperators(db: Db): Promise<RoutableOperatorRow[]> {
  const rows = await db
    .selectFrom('operator_states as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('queue_members as m', 'm.user_id', 's.user_id')
    .leftJoin('operator_profiles as p', 'p.user_id', 's.user_id')
    .select(['s.user_id', 'u.role', 's.since', 'm.queue_id', 'p.languages'])
    .where('s.state', '=', 'available')
    .where('u.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('call_offers as o')
            .select('o.id')
            .whereRef('o.operator_id', '=', 's.user_id')
            .where('o.status', '=', 'open'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('routed_calls as c')
            .select('c.id')
            .whereRef('c.operator_id', '=', 's.user_id')
            .where('c.status', '=', 'connected'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    role: r.role,
    since: r.since,
    queueId: r.queue_id ?? null,
    languages: r.languages ?? 'es',
  }));
}

/** Whether offers to this user are answered for them at once. */
export async function answersAutomatically(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('operator_profiles')
    .select('auto_answer')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.auto_answer ?? 0) === 1;
}

export async function findUsername(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('username').where('id', '=', userId).executeTakeFirst();
  return row?.username ?? null;
}

/** The operator's call on the line (in any sandbox), connected now. */
export async function findConnectedCallOf(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('routed_calls')
    .select('id')
    .where('operator_id', '=', userId)
    .where('status', '=', 'connected')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The operator's call record of this id, while it is open (its wrap-up not done). */
export async function findOpenCallRecord(
  db: Db,
  callId: string,
  operatorId: string,
): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('id', '=', callId)
    .where('operator_id', '=', operatorId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

/** The operator's own call record, written when they answer (same id as the routed call). */
export async function insertOperatorCall(trx: Transaction<Database>, row: Insertable<CallsTable>) {
  await trx.insertInto('calls').values(row).execute();
}

/** The caller's hang-up on the operator's call record (the wrap-up goes on). */
export async function markCallerHungUp(trx: Transaction<Database>, callId: string, at: string) {
  await trx
    .updateTable('calls')
    .set({ hung_up_at: at })
    .where('id', '=', callId)
    .where('hung_up_at', 'is', null)
    .execute();
}

export async function queueExists(db: Db, queueId: string): Promise<boolean> {
  return (
    (await db.selectFrom('queues').select('id').where('id', '=', queueId).executeTakeFirst()) !== undefined
  );
}

export async function listQueueIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('queues').select('id').execute()).map((r) => r.id);
}
