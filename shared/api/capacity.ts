import { z } from 'zod';
import { daysBetween } from '../domain/time/local-date';
import { Appointment } from './booking/appointments';
import { ConsulateId, Id, Instant, LocalDate, ServiceDate, listOf } from './common';
import { Slot } from './slots';

export const MAX_PUBLISH_RANGE_DAYS = 93;

export const ConsulateDayParams = z.strictObject({ consulateId: ConsulateId, date: ServiceDate });
export type ConsulateDayParams = z.infer<typeof ConsulateDayParams>;
export const ConsulateParams = z.strictObject({ consulateId: ConsulateId });

/** Sets every slot of a consulate's day to this many seats (never below what is held and booked). */
export const DaySeatsBody = z.strictObject({
  capacity: z.number().int('capacity must be a whole number').min(0).max(500),
});
export type DaySeatsBody = z.infer<typeof DaySeatsBody>;
export const DaySlots = listOf(Slot);

/**
 * The monthly release of inventory: publish slots from the consulate's weekly hours. A release past
 * the consulate's booking horizon (today + `bookingHorizonDays`) is refused unless the lead says so
 * on purpose with `beyondHorizon: true`, which the audit log records.
 */
export const PublishSlotsBody = z
  .strictObject({
    from: ServiceDate,
    to: ServiceDate,
    beyondHorizon: z.boolean().optional(),
  })
  .superRefine((range, ctx) => {
    // zod runs this even when a date failed its own check: that failure is reported already.
    if (!ServiceDate.safeParse(range.from).success || !ServiceDate.safeParse(range.to).success) return;
    if (range.to < range.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
    else if (daysBetween(range.from, range.to) + 1 > MAX_PUBLISH_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a release covers at most ${MAX_PUBLISH_RANGE_DAYS} days at once`,
      });
  });
export type PublishSlotsBody = z.infer<typeof PublishSlotsBody>;
export const PublishResult = z.object({
  consulateId: ConsulateId,
  from: LocalDate,
  to: LocalDate,
  /** Slots new in this release. */
  published: z.number().int().nonnegative(),
  /** Slots of the range that were already published (left as they were). */
  alreadyPublished: z.number().int().nonnegative(),
  /** Dates of the range skipped because the consulate is closed (holidays, closures). */
  closedDates: z.array(LocalDate),
});
export type PublishResult = z.infer<typeof PublishResult>;

export const CloseDayBody = z.strictObject({
  reason: z.string().trim().min(3, 'say why the day is closed').max(200),
});
export type CloseDayBody = z.infer<typeof CloseDayBody>;

export const ReopenDayBody = z.strictObject({
  reason: z.string().trim().min(3, 'say why the day opens again').max(200),
});
export type ReopenDayBody = z.infer<typeof ReopenDayBody>;

/** A booked appointment on a closed day, with what outreach needs to call the applicant. */
export const AffectedAppointment = Appointment.extend({
  applicantName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type AffectedAppointment = z.infer<typeof AffectedAppointment>;

/** A closed consulate day and its booked appointments to rebook (never deleted). */
export const DayClosure = z.object({
  consulateId: ConsulateId,
  date: LocalDate,
  reason: z.string(),
  closedBy: Id.nullable(),
  closedAt: Instant,
  /** Holds live on the day when it closed: they fail at confirm with `day_closed`. */
  liveHolds: z.number().int().nonnegative(),
  appointments: z.array(AffectedAppointment),
});
export type DayClosure = z.infer<typeof DayClosure>;

/**
 * A closed day opened again by a lead (a holiday the consulate works, a closure lifted): its seats
 * are bookable again and its booked appointments stand again (`closure: null`).
 */
export const DayReopening = z.object({
  consulateId: ConsulateId,
  date: LocalDate,
  /** What had closed it: the office calendar or a lead. */
  kind: z.enum(['holiday', 'closure']),
  /** Why it had been closed (the holiday's name or the lead's words). */
  closedReason: z.string(),
  /** Why it opens again. */
  reason: z.string(),
  reopenedBy: Id,
  reopenedAt: Instant,
  /** The day's slots now; a holiday inside the released days gets its slots from the weekly hours. */
  slots: z.array(Slot),
  /** How many of those slots the reopening published (0 when the day had its slots). */
  published: z.number().int().nonnegative(),
  /** The day's booked appointments, back to normal. */
  appointments: z.array(AffectedAppointment),
});
export type DayReopening = z.infer<typeof DayReopening>;
