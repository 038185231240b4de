import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { isPractice } from '../../kernel/actor';

export interface SeatCounts {
  slotId: string;
  consulateId: string;
  capacity: number;
  held: number;
  booked: number;
  /**
   * Whether the change gave a seat back (a release, a cancellation): `false` for moves that take or
   * keep seats (a hold, a booking). Unset where the change may have freed seats (capacity, a
   * reopened day, a release of new slots). The waitlist is served only by seats that may have freed.
   */
  freed?: boolean;
}

type Move = { held: number; booked: number; needsFreeSeat: boolean };

const moves = {
  hold: { held: +1, booked: 0, needsFreeSeat: true },
  releaseHold: { held: -1, booked: 0, needsFreeSeat: false },
  bookHeld: { held: -1, booked: +1, needsFreeSeat: false },
  bookDirect: { held: 0, booked: +1, needsFreeSeat: true },
  releaseBooked: { held: 0, booked: -1, needsFreeSeat: false },
} satisfies Record<string, Move>;

/** A move frees a seat when it takes one from the held or booked ones without adding to the other. */
const frees = (m: Move) => m.held + m.booked < 0;
export type SeatMove = keyof typeof moves;

/**
 * Moves one seat of a slot between free, held and booked with a conditional update: it changes
 * nothing (and returns null) when the seat is not there. The CHECK constraints back it up.
 * A practice sandbox moves seats on its own counters, copied from the live slot on first use.
 */
export async function moveSeat(
  trx: Transaction<Database>,
  sandbox: string,
  slotId: string,
  move: SeatMove,
): Promise<SeatCounts | null> {
  const m = moves[move];
  if (isPractice(sandbox)) return movePracticeSeat(trx, sandbox, slotId, m);
  const row = await trx
    .updateTable('slots')
    .set((eb) => ({ held: eb('held', '+', m.held), booked: eb('booked', '+', m.booked) }))
    .where('id', '=', slotId)
    .$if(m.needsFreeSeat, (q) => q.where(sql<boolean>`held + booked < capacity`))
    .$if(m.held < 0, (q) => q.where('held', '>', 0))
    .$if(m.booked < 0, (q) => q.where('booked', '>', 0))
    .returning(['id', 'consulate_id', 'capacity', 'held', 'booked'])
    .executeTakeFirst();
  return row
    ? {
        slotId: row.id,
        consulateId: row.consulate_id,
        capacity: row.capacity,
        held: row.held,
        booked: row.booked,
        freed: frees(m),
      }
    : null;
}

async function movePracticeSeat(
  trx: Transaction<Database>,
  sandbox: string,
  slotId: string,
  m: Move,
): Promise<SeatCounts | null> {
  await ensurePracticeSeats(trx, sandbox, [slotId]);
  const row = await trx
    .updateTable('practice_seats')
    .set((eb) => ({ held: eb('held', '+', m.held), booked: eb('booked', '+', m.booked) }))
    .where('sandbox', '=', sandbox)
    .where('slot_id', '=', slotId)
    .$if(m.needsFreeSeat, (q) => q.where(sql<boolean>`held + booked < capacity`))
    .$if(m.held < 0, (q) => q.where('held', '>', 0))
    .$if(m.booked < 0, (q) => q.where('booked', '>', 0))
    .returning(['slot_id', 'capacity', 'held', 'booked'])
    .executeTakeFirst();
  if (!row) return null;
  const slot = await trx
    .selectFrom('slots')
    .select('consulate_id')
    .where('id', '=', slotId)
    .executeTakeFirstOrThrow();
  return {
    slotId: row.slot_id,
    consulateId: slot.consulate_id,
    capacity: row.capacity,
    held: row.held,
    booked: row.booked,
    freed: frees(m),
  };
}

/** Copies the live capacity of these slots into the sandbox the first time it touches them. */
async function ensurePracticeSeats(trx: Transaction<Database>, sandbox: string, slotIds: string[]) {
  await trx
    .insertInto('practice_seats')
    .columns(['sandbox', 'slot_id', 'capacity'])
    .expression(
      trx
        .selectFrom('slots')
        .select([sql.val(sandbox).as('sandbox'), 'id', 'capacity'])
        .where('id', 'in', slotIds),
    )
    .onConflict((oc) => oc.columns(['sandbox', 'slot_id']).doNothing())
    .execute();
}

/** Sets a live slot's seats unless fewer than its holds and bookings; null when refused. */
export async function setLiveCapacity(
  trx: Transaction<Database>,
  slotId: string,
  capacity: number,
): Promise<SeatCounts | null> {
  const row = await trx
    .updateTable('slots')
    .set({ capacity })
    .where('id', '=', slotId)
    .where(sql<boolean>`held + booked <= ${capacity}`)
    .returning(['id', 'consulate_id', 'capacity', 'held', 'booked'])
    .executeTakeFirst();
  return row
    ? {
        slotId: row.id,
        consulateId: row.consulate_id,
        capacity: row.capacity,
        held: row.held,
        booked: row.booked,
      }
    : null;
}
