import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';

/**
 * Of these slots, those that start before `now` plus their consulate's lead time: they offer no
 * seat to anyone (GET /api/slots shows them with 0), so a seat given back on them is announced as 0
 * too, and no grid shows a free seat that cannot be booked.
 */
export async function slotsNotBookableAt(
  trx: Kysely<Database>,
  slotIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (slotIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('slots as s')
    .innerJoin('consulates as c', 'c.id', 's.consulate_id')
    .select(['s.id', 's.start_at', 'c.min_lead_minutes'])
    .where('s.id', 'in', slotIds)
    // Only slots starting within a day can be too soon: the rest are left to the index on ids.
    .where('s.start_at', '<', sql.val(new Date(now.getTime() + 86_400_000).toISOString()))
    .execute();
  return new Set(
    rows
      .filter((r) => r.start_at < new Date(now.getTime() + Number(r.min_lead_minutes) * 60_000).toISOString())
      .map((r) => r.id),
  );
}
