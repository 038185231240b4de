import type { DayReopening } from '../../../shared/api/capacity';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { appendAudit } from '../../platform/audit/audit-log';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { presentSlot } from '../slots';
import { publishSlots } from '../slots';
import { findConsulate } from '../reference';
import type { CapacityDeps } from './capacity-deps';
import {
  bookedAppointmentsOn,
  practiceSandboxes,
  practiceSeatsOf,
  reopenClosure,
} from './closure-repository';
import { consulateDay, hasSlotsAfter, seatCountsOf, slotsOfDay } from './day-slots';
import { weeklyHoursOf } from './office-calendar';

/**
 * A lead opens a closed day again (a closure lifted, or a holiday of the host country the consulate
 * works): the closure's row keeps who reopened it, when and why, so the calendar never closes the
 * day again. Its seats come back on every console watching (each sandbox with its own counters),
 * its booked appointments stand again, and a day inside the released inventory that the holiday
 * kept empty gets its slots from the weekly hours.
 */
export async function reopenDay(
  deps: CapacityDeps,
  actor: Actor,
  consulateId: string,
  date: string,
  reason: string,
): Promise<DayReopening> {
  const now = deps.clock();
  const reopenedAt = now.toISOString();
  return deps.transact(async (trx) => {
    const consulate = await findConsulate(trx, consulateId);
    if (!consulate) throw notFound(`Consulate ${consulateId}`);
    const today = todayIn(consulate.time_zone, now);
    if (date < today)
      throw new DomainError(
        'invalid_request',
        `${date} has already passed at ${consulateId} (today is ${today}); only today or a later day can be reopened.`,
      );
    const closure = await reopenClosure(trx, {
      consulateId,
      date,
      reason,
      reopenedBy: actor.userId,
      reopenedAt,
    });
    if (!closure)
      throw new DomainError(
        'day_not_closed',
        `${consulateId} is not closed on ${date}: there is nothing to reopen.`,
      );

    let published = 0;
    if (
      (await slotsOfDay(trx, consulateId, date)).length === 0 &&
      (await hasSlotsAfter(trx, consulateId, date))
    ) {
      published = await publishSlots(
        trx,
        { id: consulateId, timeZone: consulate.time_zone },
        { from: date, to: date },
        await weeklyHoursOf(trx, consulateId),
        new Set(),
      );
    }
    const slots = await slotsOfDay(trx, consulateId, date);
    const appointments = await bookedAppointmentsOn(trx, consulateId, date);
    await appendAudit(trx, now, actor, 'capacity.day_reopened', consulateDay(consulateId, date), {
      reason,
      kind: closure.kind,
      closedReason: closure.reason_es,
      closedAt: closure.closed_at,
      slots: slots.length,
      published,
      appointments: appointments.map((a) => a.id),
    });
    if (slots.length > 0) {
      await deps.slotChanges.record(trx, LIVE_SANDBOX, slots.map(seatCountsOf));
      // A practice sandbox has its own counters where it touched a slot, the live capacity elsewhere.
      const touched = await practiceSeatsOf(
        trx,
        slots.map((s) => s.id),
      );
      for (const sandbox of await practiceSandboxes(trx)) {
        const seats = slots.map(
          (s) =>
            touched.get(`${sandbox}|${s.id}`) ?? {
              slotId: s.id,
              consulateId,
              capacity: s.capacity,
              held: 0,
              booked: 0,
            },
        );
        await deps.slotChanges.record(trx, sandbox, seats);
      }
    }
    return {
      consulateId,
      date,
      kind: closure.kind,
      closedReason: closure.reason_es,
      reason,
      reopenedBy: actor.userId,
      reopenedAt,
      slots: slots.map(presentSlot),
      published,
      appointments,
    } satisfies DayReopening;
  });
}
