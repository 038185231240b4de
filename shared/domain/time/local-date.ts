/**
 * Calendar dates without a time zone ('YYYY-MM-DD').
 *
 * A consulate-local date is a label, not an instant: arithmetic on it goes
 * through Date.UTC so that no daylight-saving change can shift a day.
 */

/** A calendar date 'YYYY-MM-DD' (consulate-local unless stated otherwise). */
export type LocalDateString = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; throws on malformed input so bugs surface early. */
function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that for old dates.
  const probe = new Date(ms);
  if (y < 100) probe.setUTCFullYear(y);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return Math.round(probe.getTime() / DAY_MS);
}

function fromDayNumber(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const year = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** True when the string is 'YYYY-MM-DD' and names a real calendar day. */
export function isLocalDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, same convention as Date#getUTCDay. */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps pre-1970 dates positive.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** `to − from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDate(from: string, to: string): string[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const out: string[] = [];
  for (let day = start; day <= end; day++) out.push(fromDayNumber(day));
  return out;
}
