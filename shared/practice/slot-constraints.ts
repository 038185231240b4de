import { daysBetween, weekdayOf } from '../domain/time/local-date';
import type { SlotConstraints } from './scenario';

/** Why a slot does not suit the caller; an empty list means it does. */
export type SlotMiss =
  | { kind: 'before_window'; days: number; fromDays: number }
  | { kind: 'after_window'; days: number; toDays: number }
  | { kind: 'weekday'; isoWeekday: number; allowed: readonly number[] }
  | { kind: 'too_early'; time: string; earliest: string }
  | { kind: 'too_late'; time: string; latest: string };

const LOCAL_START = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * Checks a consulate-local start `YYYY-MM-DDTHH:mm` against the caller's constraints, counting
 * days from the consulate's own date (`today`): a calendar label, so no time zone is involved.
 */
export function slotMisses(constraints: SlotConstraints, localStart: string, today: string): SlotMiss[] {
  const match = LOCAL_START.exec(localStart);
  if (!match) throw new RangeError(`not a local start YYYY-MM-DDTHH:mm: ${localStart}`);
  const date = match[1] as string;
  const time = match[2] as string;
  const misses: SlotMiss[] = [];

  const days = daysBetween(today, date);
  if (days < constraints.fromDays)
    misses.push({ kind: 'before_window', days, fromDays: constraints.fromDays });
  if (days > constraints.toDays) misses.push({ kind: 'after_window', days, toDays: constraints.toDays });

  const isoWeekday = weekdayOf(date) || 7;
  if (constraints.weekdays.length > 0 && !constraints.weekdays.includes(isoWeekday)) {
    misses.push({ kind: 'weekday', isoWeekday, allowed: constraints.weekdays });
  }

  // `HH:mm` strings of equal width compare in clock order.
  if (constraints.earliest !== null && time < constraints.earliest)
    misses.push({ kind: 'too_early', time, earliest: constraints.earliest });
  if (constraints.latest !== null && time >= constraints.latest)
    misses.push({ kind: 'too_late', time, latest: constraints.latest });
  return misses;
}
