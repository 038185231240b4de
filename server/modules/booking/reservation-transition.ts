import type { Transaction, Updateable } from 'kysely';
import type { Database, ReservationsTable } from '../../platform/db/schema';

/**
 * The reservation changed under this transaction (another instance confirmed, released or expired
 * it first). Carries SQLSTATE 40001, serialization failure: the unit of work is run again from the
 * start (`db/transaction-runner.ts`), and then reads the reservation as it now is.
 */
export class ConcurrentReservationChange extends Error {
  readonly code = '40001';
  constructor(id: string, from: string) {
    super(`reservation ${id} was no longer ${from} when this transaction came to change it`);
  }
}

/**
 * Moves a reservation out of status `from`, and only if it is still in it: a seat is moved only for
 * a transition that happened, so two transactions that both read the row as `from` can never free
 * or book the same seat twice. Throws `ConcurrentReservationChange` when it was not.
 */
export async function transitionReservation(
  trx: Transaction<Database>,
  id: string,
  from: ReservationsTable['status'],
  set: Updateable<ReservationsTable>,
): Promise<void> {
  const result = await trx
    .updateTable('reservations')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConcurrentReservationChange(id, from);
}
