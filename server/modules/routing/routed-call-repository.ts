import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { RoutedCallStatus } from '../../../shared/api/routing';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { Database, RoutedCallsTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;
export type RoutedCallRow = Selectable<RoutedCallsTable>;

export async function insertRoutedCall(trx: Transaction<Database>, row: Insertable<RoutedCallsTable>) {
  await trx.insertInto('routed_calls').values(row).execute();
}

/** One call; inside a transaction on PostgreSQL it stays locked until the commit. */
export async function findRoutedCall(db: Db, id: string): Promise<RoutedCallRow | undefined> {
  return db
    .selectFrom('routed_calls')
    .selectAll()
    .where('id', '=', id)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function findByProviderCallId(
  db: Db,
  provider: string,
  providerCallId: string,
): Promise<RoutedCallRow | undefined> {
  return db
    .selectFrom('routed_calls')
    .selectAll()
    .where('provider', '=', provider)
    .where('provider_call_id', '=', providerCallId)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Moves a call on only from one of the statuses it was read in; false when another change came first. */
export async function moveCall(
  trx: Transaction<Database>,
  id: string,
  from: readonly RoutedCallStatus[],
  set: Updateable<RoutedCallsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('routed_calls')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The calls waiting for an offer, oldest first (a few hundred at most are offered per round). */
export async function listWaitingCalls(db: Db, limit = 500): Promise<RoutedCallRow[]> {
  return db
    .selectFrom('routed_calls')
    .selectAll()
    .where('status', '=', 'waiting')
    .orderBy('arrived_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Calls marked offered whose offer is no longer open (nothing leaves them so, but a heal costs one query). */
export async function listOfferedWithoutOpenOffer(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('routed_calls')
    .select('id')
    .where('status', '=', 'offered')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('call_offers')
            .select('call_offers.id')
            .whereRef('call_offers.call_id', '=', 'routed_calls.id')
            .where('call_offers.status', '=', 'open'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}
