import type { DayClosure } from '../../../shared/api/capacity';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { appendAudit } from '../../platform/audit/audit-log';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { holdIdFor } from '../../kernel/ids';
import { DomainError, notFound } from '../../kernel/domain-error';
import { findConsulate } from '../reference';
import type { CapacityDeps } from './capacity-deps';
import {
  bookedAppointmentsOn,
  countLiveHoldsOn,
  findClosure,
  insertClosure,
  practiceSandboxes,
} from './closure-repository';
import { consulateDay, seatCountsOf, slotsOfDay } from './day-slots';

/**
 * A lead closes a consulate's day (an emergency, a strike, a building problem). The day leaves
 * booking at once, for practice too: it is no longer listed, new holds and confirmations on it
 * are refused with `day_closed`, and its seats vanish from every console watching it. Booked
 * appointments stay booked and come back with the applicant's contact, to be rebooked by phone.
 */
export async function closeDay(
  deps: CapacityDeps,
  actor: Actor,
  consulateId: string,
  date: string,
  reason: string,
): Promise<DayClosure> {
  const now = deps.clock();
  const closedAt = now.toISOString();
  return deps.transact(async (trx) => {
    const consulate = await findConsulate(trx, consulateId);
    if (!consulate) throw notFound(`Consulate ${consulateId}`);
    const today = todayIn(consulate.time_zone, now);
    if (date < today)
      throw new DomainError(
        'invalid_request',
        `${date} has already passed at ${consulateId} (today is ${today}); only today or a later day can be closed.`,
      );
    if (!(await insertClosure(trx, { consulateId, date, reason, closedBy: actor.userId, closedAt }))) {
      const existing = await findClosure(trx, consulateId, date);
      throw new DomainError(
        'day_closed',
        `${consulateId} is already closed on ${date}${existing ? ` (${existing.reason_en})` : ''}.`,
      );
    }
    const liveHolds = await countLiveHoldsOn(trx, consulateId, date, closedAt);
    const appointments = await bookedAppointmentsOn(trx, consulateId, date);
    const slots = await slotsOfDay(trx, consulateId, date);
    await appendAudit(trx, now, actor, 'capacity.day_closed', consulateDay(consulateId, date), {
      reason,
      liveHolds,
      slots: slots.length,
      appointments: appointments.map((a) => a.id),
    });
    // Each booked applicant is told the day closed (e-mail, SMS), queued with the closure itself.
    for (const appointment of appointments)
      await deps.notices.record(trx, {
        kind: 'closed',
        sandbox: LIVE_SANDBOX,
        reservationId: holdIdFor(appointment.id),
        at: now,
      });
    // The day's seats go to 0 on every console watching, live and practice (the outbox reads the closure).
    if (slots.length > 0) {
      const seats = slots.map(seatCountsOf);
      for (const sandbox of [LIVE_SANDBOX, ...(await practiceSandboxes(trx))])
        await deps.slotChanges.record(trx, sandbox, seats);
    }
    return {
      consulateId,
      date,
      reason,
      closedBy: actor.userId,
      closedAt,
      liveHolds,
      appointments,
    } satisfies DayClosure;
  });
}
