import type { Insertable, Transaction } from 'kysely';
import type { Database, RoutedCallsTable } from '../../platform/db/schema';

export type OutboundCallRow = Insertable<RoutedCallsTable>;

/** Writes the calls not listed yet (one per provider's call id); answers how many were new. */
export async function insertOutboundCalls(
  trx: Transaction<Database>,
  rows: readonly OutboundCallRow[],
): Promise<number> {
  let created = 0;
  for (const row of rows) {
    const result = await trx
      .insertInto('routed_calls')
      .values(row)
      .onConflict((oc) => oc.columns(['provider', 'provider_call_id']).doNothing())
      .executeTakeFirst();
    created += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return created;
}

export async function listOutboundCalls(
  trx: Transaction<Database>,
  provider: string,
  providerCallIds: readonly string[],
): Promise<{ id: string; provider_call_id: string }[]> {
  if (providerCallIds.length === 0) return [];
  return trx
    .selectFrom('routed_calls')
    .select(['id', 'provider_call_id'])
    .where('provider', '=', provider)
    .where('provider_call_id', 'in', providerCallIds)
    .execute();
}
