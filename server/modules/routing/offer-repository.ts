import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { CallOffersTable, Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;
export type OfferRow = Selectable<CallOffersTable>;
export type ClosedOfferStatus = 'accepted' | 'rejected' | 'expired' | 'withdrawn';

/** The partial unique indexes refuse a second open offer for the call or the operator, on any instance. */
export async function insertOffer(trx: Transaction<Database>, row: Insertable<CallOffersTable>) {
  await trx.insertInto('call_offers').values(row).execute();
}

export async function findOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  return db
    .selectFrom('call_offers')
    .selectAll()
    .where('id', '=', id)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function findOpenOfferOfCall(db: Db, callId: string): Promise<OfferRow | undefined> {
  return db
    .selectFrom('call_offers')
    .selectAll()
    .where('call_id', '=', callId)
    .where('status', '=', 'open')
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function findOpenOfferOfOperator(db: Db, operatorId: string): Promise<OfferRow | undefined> {
  return db
    .selectFrom('call_offers')
    .selectAll()
    .where('operator_id', '=', operatorId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** Closes an offer that is still open; false when it was closed already (by another instance, say). */
export async function closeOffer(
  trx: Transaction<Database>,
  id: string,
  status: ClosedOfferStatus,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('call_offers')
    .set({ status, closed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open offers whose time to answer is over. */
export async function listRunOutOffers(db: Db, now: string, limit = 200): Promise<OfferRow[]> {
  return db
    .selectFrom('call_offers')
    .selectAll()
    .where('status', '=', 'open')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

/** Open offers whose operator is no longer available (a break, signed off, a call dialled out). */
export async function listOffersOfUnavailable(db: Db, limit = 200): Promise<OfferRow[]> {
  return db
    .selectFrom('call_offers as o')
    .innerJoin('operator_states as s', 's.user_id', 'o.operator_id')
    .selectAll('o')
    .where('o.status', '=', 'open')
    .where('s.state', '<>', 'available')
    .limit(limit)
    .execute();
}

/** Per call, the operators who rejected it or let its offer run out. */
export async function declinedByOperators(
  db: Db,
  callIds: readonly string[],
): Promise<Map<string, string[]>> {
  const declined = new Map<string, string[]>();
  if (callIds.length === 0) return declined;
  const rows = await db
    .selectFrom('call_offers')
    .select(['call_id', 'operator_id'])
    .where('call_id', 'in', [...callIds])
    .where('status', 'in', ['rejected', 'expired'])
    .execute();
  for (const row of rows) {
    const list = declined.get(row.call_id) ?? [];
    list.push(row.operator_id);
    declined.set(row.call_id, list);
  }
  return declined;
}
