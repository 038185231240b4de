import { z } from 'zod';
import { Id, Instant, LocalDate } from './common';
import { OperatorState } from './floor/floor';

export const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:mm');

/** A weekly shift: ISO weekday (1 = Monday … 7 = Sunday) and call-center wall times. */
export const Shift = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  start: WallTime,
  end: WallTime,
});
export type Shift = z.infer<typeof Shift>;

export const WeeklySchedule = z.object({ userId: Id, shifts: z.array(Shift) });
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;
export const ScheduleList = z.object({ items: z.array(WeeklySchedule) });

/** Replaces an operator's week; every shift must lie within the phone hours of its day. */
export const PutScheduleBody = z.strictObject({ shifts: z.array(Shift).max(14) });
export type PutScheduleBody = z.infer<typeof PutScheduleBody>;

/** Who is scheduled against who is logged in, on a call-center date (now, when it is today). */
export const ShiftCoverage = z.object({
  date: LocalDate,
  timeZone: z.string(),
  at: Instant,
  phoneHours: z.object({ open: WallTime, close: WallTime }),
  /** Set when the date is a holiday (weekend hours). */
  holiday: z.object({ es: z.string(), en: z.string() }).nullable(),
  scheduledNow: z.number().int().nonnegative(),
  loggedInNow: z.number().int().nonnegative(),
  /** Scheduled now but offline. */
  missing: z.number().int().nonnegative(),
  /** Logged in now but not scheduled. */
  unscheduled: z.number().int().nonnegative(),
  /** Operators scheduled in each phone hour of the date. */
  byHour: z.array(
    z.object({ hour: z.number().int().min(0).max(23), scheduled: z.number().int().nonnegative() }),
  ),
  operators: z.array(
    z.object({
      userId: Id,
      displayName: z.string(),
      queueId: Id.nullable(),
      shift: z.object({ start: WallTime, end: WallTime }).nullable(),
      scheduledNow: z.boolean(),
      state: OperatorState,
    }),
  ),
});
export type ShiftCoverage = z.infer<typeof ShiftCoverage>;
