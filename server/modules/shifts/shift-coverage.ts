import type { ShiftCoverage } from '../../../shared/api/shifts';
import {
  CALL_CENTER_TIME_ZONE,
  callCenterClock,
  phoneHoursOn,
} from '../../../shared/domain/floor/call-center';
import { shiftAt, shiftToShow, shiftsOn } from '../../../shared/domain/shifts/day-schedule';
import { scheduledByHour } from '../../../shared/domain/shifts/hourly-coverage';
import { floorStaff, schedulesByUser } from './schedule-repository';
import type { ShiftDeps } from './shift-deps';

/**
 * Who is scheduled against who is logged in on a call-center date. The "now" figures are of the
 * present moment, so they are counted only when the date is today; another date shows its shifts
 * and hourly coverage with the "now" figures at 0.
 */
export async function shiftCoverage(deps: ShiftDeps, date: string | undefined): Promise<ShiftCoverage> {
  const now = deps.clock();
  const clock = callCenterClock(now);
  const day = date ?? clock.date;
  const isToday = day === clock.date;
  const hours = phoneHoursOn(day);
  const [staff, schedules] = await Promise.all([floorStaff(deps.db), schedulesByUser(deps.db)]);
  const operators = staff.map((member) => {
    const shifts = shiftsOn(schedules.get(member.userId) ?? [], day);
    const scheduledNow = isToday && shiftAt(shifts, clock.time) !== null;
    return {
      userId: member.userId,
      displayName: member.displayName,
      queueId: member.queueId,
      shift: shiftToShow(shifts, isToday ? clock.time : '00:00'),
      scheduledNow,
      state: member.state,
      loggedIn: isToday && member.state !== 'offline',
    };
  });
  const count = (keep: (o: (typeof operators)[number]) => boolean) => operators.filter(keep).length;
  return {
    date: day,
    timeZone: CALL_CENTER_TIME_ZONE,
    at: now.toISOString(),
    phoneHours: { open: hours.open, close: hours.close },
    holiday: hours.holiday,
    scheduledNow: count((o) => o.scheduledNow),
    loggedInNow: count((o) => o.loggedIn),
    missing: count((o) => o.scheduledNow && !o.loggedIn),
    unscheduled: count((o) => o.loggedIn && !o.scheduledNow),
    byHour: scheduledByHour(
      staff.map((m) => schedules.get(m.userId) ?? []),
      day,
    ),
    operators: operators.map(({ loggedIn: _loggedIn, ...row }) => row),
  };
}
