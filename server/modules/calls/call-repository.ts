import type { Insertable, Kysely, Transaction } from 'kysely';
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
  end: Pick<CallRow, 'ended_at' | 'wrap_up_code' | 'applicant_id' | 'appointment_id' | 'note'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('calls')
    .set(end)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
