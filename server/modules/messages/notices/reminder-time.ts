import { addDays } from '../../../../shared/domain/time/local-date';
import { zonedWallTimeToUtc } from '../../../../shared/domain/time/zoned-time';

/**
 * When an appointment's reminder goes out: two days before on the consulate's own clock, at the
 * appointment's wall time (Thursday 9:00 for a Saturday 9:00). Across a change of the clocks that is
 * 47 or 49 real hours, which is what the applicant reads on their phone; in Arizona it is always 48.
 * `localStart` is the slot's 'YYYY-MM-DDTHH:mm' in `timeZone`.
 */
export function reminderTime(localStart: string, timeZone: string): Date {
  const [date, time] = localStart.split('T');
  if (!date || !time) throw new RangeError(`expected YYYY-MM-DDTHH:mm, got ${localStart}`);
  return zonedWallTimeToUtc(addDays(date, -2), time, timeZone);
}

/** The reminder's time, or null when that time has already come (an appointment less than 48 h away gets none). */
export function reminderDue(localStart: string, timeZone: string, now: Date): Date | null {
  const at = reminderTime(localStart, timeZone);
  return at.getTime() > now.getTime() ? at : null;
}
