import type { Insertable, Kysely, Transaction } from 'kysely';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { CallRow, CallsTable, Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertCall(trx: Transaction<Database>, row: Insertable<CallsTable>): Promise<void> {
  await trx.insertInto('calls').values(row).execute();
}

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A call of this operator in this sandbox (the one who started it), or undefined. */
export async function findOwnCall(
  db: Db,
  sandbox: string,
  operatorId: string,
  id: string,
): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', '=', sandbox)
    .where('operator_id', '=', operatorId)
    .executeTakeFirst();
}

/** Ends a call that is still open; false when it was already ended (nothing changes then). */
export async function endOpenCall(
  trx: Transaction<Database>,
  id: string,
  end: Pick<
    CallRow,
    'ended_at' | 'wrap_up_code' | 'applicant_id' | 'appointment_id' | 'note' | 'ended_by' | 'hung_up_at'
  >,
): Promise<boolean> {
  const result = await trx
    .updateTable('calls')
    .set(end)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The operator's current call in this sandbox: the one whose record is still open (connected, or the
 * line ended and the wrap-up not done). The latest if several were left open by an older server.
 */
export async function findCurrentCallOf(
  db: Db,
  sandbox: string,
  operatorId: string,
): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('operator_id', '=', operatorId)
    .where('sandbox', '=', sandbox)
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Holds the operator's row until the transaction ends (PostgreSQL), so two starts of one operator at
 * once see each other's call; SQLite runs one writer at a time.
 */
export async function lockOperator(trx: Transaction<Database>, operatorId: string): Promise<void> {
  if (!locksRowsRead(trx)) return;
  await trx.selectFrom('users').select('id').where('id', '=', operatorId).forUpdate().execute();
}

/** What the call is about so far; false when the call ended meanwhile. */
export async function setCallSubject(
  trx: Transaction<Database>,
  id: string,
  subject: Partial<Pick<CallRow, 'applicant_id' | 'procedure_id' | 'consulate_id'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('calls')
    .set(subject)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Calls nobody closed: the line ended (`hung_up_at`) before `hungUpBefore` and the wrap-up is not
 * done, or the call started before `startedBefore` whatever its line. Oldest first, a batch at a time.
 */
export async function listCallsToClose(
  db: Db,
  hungUpBefore: string,
  startedBefore: string,
  limit: number,
): Promise<(CallRow & { role: string })[]> {
  return db
    .selectFrom('calls')
    .innerJoin('users', 'users.id', 'calls.operator_id')
    .selectAll('calls')
    .select('users.role')
    .where('calls.ended_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('calls.hung_up_at', 'is not', null), eb('calls.hung_up_at', '<=', hungUpBefore)]),
        eb('calls.started_at', '<=', startedBefore),
      ]),
    )
    .orderBy('calls.started_at')
    .limit(limit)
    .execute();
}

/** The routed line of a call the server closes, if still connected: it ends with the call. */
export async function endConnectedLine(
  trx: Transaction<Database>,
  id: string,
  endedAt: string,
): Promise<void> {
  await trx
    .updateTable('routed_calls')
    .set({ status: 'ended', ended_at: endedAt, ended_by: 'server' })
    .where('id', '=', id)
    .where('status', '=', 'connected')
    .execute();
}
