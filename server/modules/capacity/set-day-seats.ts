import type { Slot } from '../../../shared/api/slots';
import { appendAudit } from '../../platform/audit/audit-log';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { presentSlot } from '../slots';
import { findConsulate } from '../reference';
import { setLiveCapacity, type SeatCounts } from '../slots';
import { isDayClosed } from '../slots';
import type { CapacityDeps } from './capacity-deps';
import { consulateDay, slotsOfDay, wallTimeOfSlot } from './day-slots';

/**
 * A lead sets every slot of a consulate's day to `capacity` seats, all or nothing: if any slot
 * has more seats held and booked than that, nothing changes. Changed slots reach the consoles.
 */
export async function setDaySeats(
  deps: CapacityDeps,
  actor: Actor,
  consulateId: string,
  date: string,
  capacity: number,
): Promise<Slot[]> {
  const now = deps.clock();
  const slots = await deps.transact(async (trx) => {
    if (!(await findConsulate(trx, consulateId))) throw notFound(`Consulate ${consulateId}`);
    if (await isDayClosed(trx, consulateId, date))
      throw new DomainError(
        'day_closed',
        `${consulateId} is closed on ${date}; its seats cannot be changed.`,
      );
    const before = await slotsOfDay(trx, consulateId, date);
    if (before.length === 0) throw notFound(`A published slot of ${consulateId} on ${date}`);
    const tooFull = before.filter((s) => s.held + s.booked > capacity);
    if (tooFull.length > 0) {
      const times = tooFull.map(wallTimeOfSlot).join(', ');
      throw new DomainError(
        'capacity_below_booked',
        `${tooFull.length} ${tooFull.length === 1 ? 'slot has' : 'slots have'} more than ${capacity} seats held or booked (${times}). Nothing was changed.`,
        {
          slots: tooFull.map((s) => ({
            slotId: s.id,
            localStart: s.localStart,
            held: s.held,
            booked: s.booked,
          })),
        },
      );
    }
    const changed: { slotId: string; from: number; seat: SeatCounts }[] = [];
    for (const slot of before.filter((s) => s.capacity !== capacity)) {
      const seat = await setLiveCapacity(trx, slot.id, capacity);
      // Checked above in this transaction; a refusal here means the counters moved under it.
      if (!seat)
        throw new DomainError(
          'capacity_below_booked',
          `A seat of ${wallTimeOfSlot(slot)} was taken meanwhile. Nothing was changed; try again.`,
        );
      changed.push({ slotId: slot.id, from: slot.capacity, seat });
    }
    if (changed.length > 0) {
      await appendAudit(trx, now, actor, 'capacity.day_seats_changed', consulateDay(consulateId, date), {
        capacity,
        slots: changed.map((c) => ({ slotId: c.slotId, from: c.from, to: capacity })),
      });
    }
    await deps.slotChanges.record(
      trx,
      LIVE_SANDBOX,
      changed.map((c) => c.seat),
    );
    return slotsOfDay(trx, consulateId, date);
  });
  return slots.map(presentSlot);
}
