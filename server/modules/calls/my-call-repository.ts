import type { Kysely, Transaction } from 'kysely';
import type { Database, ReservationRow, RoutedCallsTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The line of a routed call (the operator's `calls` row has the same id); undefined for a dialled call. */
export async function findRoutedLine(db: Db, callId: string): Promise<RoutedCallsTable | undefined> {
  return db.selectFrom('routed_calls').selectAll().where('id', '=', callId).executeTakeFirst();
}

/** The call's live hold: held by this operator during this call and not yet expired (the latest). */
export async function findLiveHoldOfCall(
  db: Db,
  operatorId: string,
  callId: string,
  now: string,
): Promise<ReservationRow | undefined> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('held_by', '=', operatorId)
    .where('status', '=', 'held')
    .where('call_id', '=', callId)
    .where('expires_at', '>', now)
    .orderBy('held_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
