import {
  MAX_PUBLISH_RANGE_DAYS,
  type PublishResult,
  type PublishSlotsBody,
} from '../../../shared/api/capacity';
import { generateSlots } from '../../../shared/domain/slots/slot-generation';
import { addDays, daysBetween, weekdayOf } from '../../../shared/domain/time/local-date';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { appendAudit } from '../../platform/audit/audit-log';
import { LIVE_SANDBOX, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { publishSlots, type SeatCounts } from '../slots';
import { findConsulate } from '../reference';
import type { CapacityDeps } from './capacity-deps';
import { writeOfficeHolidays, yearsBetween } from './holiday-closures';
import { closedDatesIn, weeklyHoursOf } from './office-calendar';

/**
 * The release of inventory: a consulate's slots for `from`..`to` from its weekly hours, skipping
 * holidays and closed days. Slots already published are left as they are, so a release can be
 * repeated. New slots are recorded in the outbox in the release's transaction, so the waitlist takes
 * its seats first (a `slots:changed` only updates slots a console already has; the grid shows the
 * new ones on its next fetch).
 */
export async function publishRange(
  deps: CapacityDeps,
  actor: Actor,
  consulateId: string,
  range: PublishSlotsBody,
): Promise<PublishResult> {
  if (range.to < range.from)
    throw new DomainError(
      'invalid_request',
      `The range ends (${range.to}) before it starts (${range.from}).`,
    );
  const days = daysBetween(range.from, range.to) + 1;
  if (days > MAX_PUBLISH_RANGE_DAYS)
    throw new DomainError(
      'invalid_request',
      `A release covers at most ${MAX_PUBLISH_RANGE_DAYS} days; ${range.from}..${range.to} is ${days}.`,
    );
  const now = deps.clock();
  return deps.transact(async (trx) => {
    const row = await findConsulate(trx, consulateId);
    if (!row) throw notFound(`Consulate ${consulateId}`);
    const consulate = { id: row.id, timeZone: row.time_zone };
    const today = todayIn(row.time_zone, now);
    if (range.from < today)
      throw new DomainError(
        'invalid_request',
        `Slots cannot be published for days that have passed: ${consulateId} is on ${today}.`,
      );
    const horizon = Number(row.booking_horizon_days);
    const lastWithinHorizon = addDays(today, horizon);
    const beyondHorizon = range.to > lastWithinHorizon;
    if (beyondHorizon && range.beyondHorizon !== true) {
      throw new DomainError(
        'invalid_request',
        `${consulateId} publishes slots up to ${horizon} days ahead (until ${lastWithinHorizon}); ${range.to} is beyond that. To publish further on purpose, send beyondHorizon: true (it is recorded).`,
        { bookingHorizonDays: horizon, lastDateWithinHorizon: lastWithinHorizon },
      );
    }
    const hours = await weeklyHoursOf(trx, consulateId);
    // A year the calendar has not written yet (beyond the start's five) gets its holidays first.
    await writeOfficeHolidays(
      trx,
      deps.slotChanges,
      [row],
      yearsBetween(range.from, range.to),
      now.toISOString(),
    );
    const closed = await closedDatesIn(trx, row, range.from, range.to);
    const offered = generateSlots({
      timeZone: row.time_zone,
      from: range.from,
      to: range.to,
      hours,
      closedDates: closed,
    }).length;
    const newSeats: SeatCounts[] = [];
    const published = await publishSlots(trx, consulate, range, hours, closed, newSeats);
    // Only the closed dates the office would have opened on were skipped.
    const closedDates = [...closed]
      .filter((d) => (hours[weekdayOf(d) as keyof typeof hours] ?? []).length > 0)
      .sort();
    const result: PublishResult = {
      consulateId,
      from: range.from,
      to: range.to,
      published,
      alreadyPublished: offered - published,
      closedDates,
    };
    await appendAudit(
      trx,
      now,
      actor,
      'capacity.slots_published',
      { type: 'consulate', id: consulateId },
      {
        from: range.from,
        to: range.to,
        published,
        alreadyPublished: result.alreadyPublished,
        closedDates,
        // Past the horizon only on a lead's explicit say: recorded with the horizon it went past.
        ...(beyondHorizon ? { beyondHorizon: true, lastDateWithinHorizon: lastWithinHorizon } : {}),
      },
    );
    // The new seats go through the outbox in the release's own transaction: the waitlist is served
    // first, in its order, before any other client can see (or hold) a seat of the release.
    await deps.slotChanges.record(trx, LIVE_SANDBOX, newSeats);
    return result;
  });
}
