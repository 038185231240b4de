import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { findSlot, isDayClosed } from '../repositories/slot-repository';
import { DomainError, notFound } from './domain-error';

/** The slot a new seat is taken on: it exists, has not started, and its day is open. */
export async function bookableSlot(trx: Transaction<Database>, slotId: string, now: Date) {
  const slot = await findSlot(trx, slotId);
  if (!slot) throw notFound('That slot');
  if (slot.start_at <= now.toISOString()) throw new DomainError('slot_full', 'That time has already passed. Choose a later time.');
  if (await isDayClosed(trx, slot.consulate_id, slot.local_date)) throw new DomainError('day_closed', 'The consulate is closed that day. Choose another day.');
  return slot;
}
