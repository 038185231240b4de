import type { Kysely } from 'kysely';
import { LIVE_SANDBOX } from '../../kernel/actor';
import type { Database } from '../../platform/db/schema';

/**
 * Live holds (not expired, released nor booked; the waitlist's included) by consulate code, of the
 * live inventory only (metrics). Read through the partial index of held rows by expiry.
 */
export async function countLiveHolds(
  db: Kysely<Database>,
  now: Date,
): Promise<{ consulate: string; holds: number }[]> {
  const rows = await db
    .selectFrom('reservations')
    .select((eb) => ['consulate_id', eb.fn.countAll<number>().as('holds')])
    .where('status', '=', 'held')
    .where('expires_at', '>', now.toISOString())
    .where('sandbox', '=', LIVE_SANDBOX)
    .groupBy('consulate_id')
    .execute();
  return rows.map((r) => ({ consulate: r.consulate_id, holds: Number(r.holds) }));
}
