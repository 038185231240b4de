import type { Slot } from '../../../shared/api/slots';
import type { Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { appendAudit } from '../../platform/audit/audit-log';
import { presentSlot } from './present-slot';
import { setLiveCapacity } from './seat-ledger';
import type { SlotDeps } from './slot-deps';
import { findSlot } from './slot-repository';

/** A lead changes a slot's seats; never below what is already held and booked. */
export async function setSlotCapacity(
  deps: SlotDeps,
  actor: Actor,
  slotId: string,
  capacity: number,
): Promise<Slot> {
  const now = deps.clock();
  const { slot, seat } = await deps.transact(async (trx) => {
    const slot = await findSlot(trx, slotId);
    if (!slot) throw notFound('That slot');
    const seat = await setLiveCapacity(trx, slotId, capacity);
    if (!seat) {
      throw new DomainError(
        'capacity_below_booked',
        `This slot already has ${slot.held + slot.booked} seats held or booked; its capacity cannot go below that.`,
        { held: slot.held, booked: slot.booked },
      );
    }
    await appendAudit(
      trx,
      now,
      actor,
      'slot.capacity_changed',
      { type: 'slot', id: slotId },
      { from: slot.capacity, to: capacity },
    );
    await deps.slotChanges.record(trx, 'live', [seat]);
    return { slot, seat };
  });
  return presentSlot({
    id: slot.id,
    consulateId: slot.consulate_id,
    localDate: slot.local_date,
    localStart: slot.local_start,
    start: slot.start_at,
    end: slot.end_at,
    capacity: seat.capacity,
    held: seat.held,
    booked: seat.booked,
  });
}
