import { callCenterClock } from '../../../shared/domain/floor/call-center';
import { isScheduledAt } from '../../../shared/domain/shifts/day-schedule';

/** One row of `shift_schedules`: ISO weekday and call-center wall times `HH:mm`. */
export interface ScheduledShift {
  weekday: number;
  start_time: string;
  end_time: string;
}

/**
 * Scheduled to be on the phones at `now`, on the call center's clock: the shifts rule of
 * `shared/domain/shifts` (a shift clipped to the day's phone hours, holidays on weekend hours).
 */
export function isScheduledNow(shifts: readonly ScheduledShift[], now: Date): boolean {
  const { date, time } = callCenterClock(now);
  return isScheduledAt(
    shifts.map((s) => ({ weekday: s.weekday, start: s.start_time, end: s.end_time })),
    date,
    time,
  );
}
