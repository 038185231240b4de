import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPractice } from '../../kernel/actor';
import type { Database } from '../../platform/db/schema';
import { toSlotView, type SlotView, type SlotViewRow } from '../slots';

/** Booking settings of the consulates asked about (lead time, as GET /api/slots reads it). */
export async function leadMinutesOf(db: Kysely<Database>, consulateIds: readonly string[]) {
  if (consulateIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('consulates')
    .select(['id', 'min_lead_minutes'])
    .where('id', 'in', consulateIds)
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.min_lead_minutes)]));
}

/**
 * The earliest slot with a free seat at each consulate of `bookableFrom` (consulate → the first
 * instant a slot may start at to be booked now), by the rules of GET /api/slots: a seat free in the
 * sandbox's counters (a practice sandbox's own where it has touched the slot), the day not closed,
 * not started and not within the consulate's lead time. One statement for all the consulates: a
 * correlated subquery per consulate walks the (consulate_id, start_at) index and stops at the first.
 * Consulates without such a slot are absent from the answer.
 */
export async function firstAvailableSlots(
  db: Kysely<Database>,
  sandbox: string,
  bookableFrom: ReadonlyMap<string, string>,
): Promise<Map<string, SlotView>> {
  const ids = [...bookableFrom.keys()];
  if (ids.length === 0) return new Map();
  const practice = isPractice(sandbox);
  const seats = (
    slot: string,
    seat: string,
  ): { capacity: RawBuilder<number>; held: RawBuilder<number>; booked: RawBuilder<number> } =>
    practice
      ? {
          capacity: sql<number>`coalesce(${sql.ref(`${seat}.capacity`)}, ${sql.ref(`${slot}.capacity`)})`,
          held: sql<number>`coalesce(${sql.ref(`${seat}.held`)}, 0)`,
          booked: sql<number>`coalesce(${sql.ref(`${seat}.booked`)}, 0)`,
        }
      : {
          capacity: sql<number>`${sql.ref(`${slot}.capacity`)}`,
          held: sql<number>`${sql.ref(`${slot}.held`)}`,
          booked: sql<number>`${sql.ref(`${slot}.booked`)}`,
        };
  const joinSeats = (slot: string, seat: string) =>
    practice
      ? sql`left join practice_seats ${sql.id(seat)} on ${sql.ref(`${seat}.slot_id`)} = ${sql.ref(`${slot}.id`)} and ${sql.ref(`${seat}.sandbox`)} = ${sandbox}`
      : sql``;
  const inner = seats('f', 'fp');
  const outer = seats('s', 'p');
  const fromOf = sql`case c.id ${sql.join(
    ids.map((id) => sql`when ${id} then ${bookableFrom.get(id)}`),
    sql` `,
  )} end`;
  const { rows } = await sql<SlotViewRow>`
    select s.id, s.consulate_id, s.local_date, s.local_start, s.start_at, s.end_at,
      ${outer.capacity} as capacity, ${outer.held} as held, ${outer.booked} as booked
    from slots s ${joinSeats('s', 'p')}
    where s.id in (
      select (
        select f.id from slots f ${joinSeats('f', 'fp')}
        where f.consulate_id = c.id
          and f.start_at >= ${fromOf}
          and ${inner.capacity} - ${inner.held} - ${inner.booked} > 0
          and not exists (
            select 1 from closed_days d
            where d.consulate_id = f.consulate_id and d.local_date = f.local_date and d.reopened_at is null
          )
        order by f.start_at
        limit 1
      )
      from consulates c
      where c.id in (${sql.join(ids)})
    )
  `.execute(db);
  return new Map(rows.map((row) => [row.consulate_id, toSlotView(row)]));
}
