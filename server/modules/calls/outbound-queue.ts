import type { Insertable, Transaction } from 'kysely';
import type { Database, QueuesTable } from '../../platform/db/schema';

/**
 * The queue of the calls a lead asks for: a closed day's appointments to rebook become outbound
 * calls waiting here, offered like any call to the operators a lead puts on it. It serves no region
 * and no procedure family of its own (the schema knows those two kinds; it is listed last).
 */
export const OUTBOUND_REBOOKING_QUEUE: Insertable<QueuesTable> = {
  id: 'q-outbound-rebooking',
  name_es: 'Llamadas salientes: reagendar',
  name_en: 'Outbound calls: rebooking',
  kind: 'procedure_family',
  consulate_ids_json: '[]',
  procedure_ids_json: '[]',
  sort_order: 1000,
};

/** The outbound queue, written where missing (a database seeded before it existed, or not seeded). */
export async function ensureOutboundQueue(trx: Transaction<Database>): Promise<string> {
  await trx
    .insertInto('queues')
    .values(OUTBOUND_REBOOKING_QUEUE)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return OUTBOUND_REBOOKING_QUEUE.id;
}
