/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, computed from the zone data the runtime carries
 * (`Intl`), never typed by hand: the zone's offset is searched for changes over the event's year,
 * the year before and the year after, and each change is found to the minute.
 *
 * When every change of one kind (daylight or standard) in those three years falls on the same
 * "n-th (or last) weekday of a month at a wall time" and expanding that yearly rule gives exactly the
 * changes found, the observance is written once with an RRULE (what Outlook and Google write, and
 * what some clients read best); otherwise each change is written as its own observance. A zone
 * without changes (America/Phoenix) gets one STANDARD observance.
 */
import { offsetMinutes } from '../../../../shared/domain/time/zoned-time';
import { localStamp, utcOffsetText } from './ical-text';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Offsets are sampled daily: two changes within one day (none in the zone data of the Americas since 1970) would be missed. */
const SCAN_STEP_MS = 24 * HOUR_MS;

export interface ZoneTransition {
  /** The UTC instant of the change. */
  at: Date;
  /** Offsets from UTC in minutes, before and after. */
  offsetFrom: number;
  offsetTo: number;
}

const offsetAt = (ms: number, timeZone: string) => offsetMinutes(new Date(ms), timeZone);

/** The zone's offset changes between two instants (to the minute), oldest first. */
export function zoneTransitions(timeZone: string, from: Date, to: Date): ZoneTransition[] {
  const changes: ZoneTransition[] = [];
  let t = from.getTime();
  let offset = offsetAt(t, timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + SCAN_STEP_MS, to.getTime());
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      // The offset at lo is the old one, at hi the new one: narrow to one minute.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (mid === lo) break;
        if (offsetAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: new Date(hi), offsetFrom: offset, offsetTo: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return changes;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** The consulate's wall clock at an instant (to the second). */
export function wallClockIn(instant: Date, timeZone: string): Wall {
  return wallAt(instant, offsetAt(instant.getTime(), timeZone));
}

/** The wall clock of an instant read with a given offset (minutes). */
function wallAt(instant: Date, offset: number): Wall {
  const d = new Date(instant.getTime() + offset * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The weekday of `month` of `year` numbered `nth` (1–4, or -1 for the last one). */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = daysInMonth(year, month);
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

interface YearlyRule {
  month: number;
  weekday: number;
  nth: number;
  hour: number;
  minute: number;
  second: number;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * The one yearly rule all these changes follow, verified by expanding it for each year of the span,
 * or null. `years` are the years of the span: the rule must give one change in each.
 */
function yearlyRuleOf(changes: readonly ZoneTransition[], years: readonly number[]): YearlyRule | null {
  if (changes.length !== years.length || changes.length === 0) return null;
  const walls = changes.map((c) => wallAt(c.at, c.offsetFrom));
  const first = walls[0]!;
  const c0 = changes[0]!;
  const isLast = (w: Wall) => w.day + 7 > daysInMonth(w.year, w.month);
  const nthOf = (w: Wall) => Math.ceil(w.day / 7);
  const candidates = [nthOf(first) <= 4 ? nthOf(first) : null, isLast(first) ? -1 : null].filter(
    (n): n is number => n !== null,
  );
  for (const nth of candidates) {
    const rule: YearlyRule = {
      month: first.month,
      weekday: first.weekday,
      nth,
      hour: first.hour,
      minute: first.minute,
      second: first.second,
      offsetFrom: c0.offsetFrom,
      offsetTo: c0.offsetTo,
    };
    const matches = years.every((year, i) => {
      const change = changes[i]!;
      const w = walls[i]!;
      return (
        w.year === year &&
        change.offsetFrom === rule.offsetFrom &&
        change.offsetTo === rule.offsetTo &&
        w.month === rule.month &&
        w.day === nthWeekday(year, rule.month, rule.weekday, nth) &&
        w.hour === rule.hour &&
        w.minute === rule.minute &&
        w.second === rule.second
      );
    });
    if (matches) return rule;
  }
  return null;
}

const abbreviations = new Map<string, Intl.DateTimeFormat>();
/** The zone's short name at an instant ("PDT", "MST"; "GMT-7" where the data has none). */
function abbreviationAt(instant: Date, timeZone: string): string {
  let f = abbreviations.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    abbreviations.set(timeZone, f);
  }
  return f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export interface VTimezoneOptions {
  /** Write every change as its own observance even where a yearly rule fits (tests both forms). */
  explicitOnly?: boolean;
}

// The lines depend only on the zone and the year: computed once per process (a burst of bookings
// composes thousands of files for a handful of zones).
const computed = new Map<string, readonly string[]>();

/** The VTIMEZONE's content lines for `timeZone`, covering the year of `around` and the years either side. */
export function vtimezoneLines(timeZone: string, around: Date, options: VTimezoneOptions = {}): string[] {
  const key = `${timeZone}|${around.getUTCFullYear()}|${options.explicitOnly ? 'explicit' : 'rules'}`;
  let lines = computed.get(key);
  if (!lines) {
    lines = computeVtimezone(timeZone, around, options);
    computed.set(key, lines);
  }
  return [...lines];
}

function computeVtimezone(timeZone: string, around: Date, options: VTimezoneOptions): string[] {
  const year = around.getUTCFullYear();
  const years = [year - 1, year, year + 1];
  // A day of margin either side: a change at New Year's in local time is still found.
  const from = new Date(Date.UTC(year - 1, 0, 1) - 24 * HOUR_MS);
  const to = new Date(Date.UTC(year + 2, 0, 1) + 24 * HOUR_MS);
  const changes = zoneTransitions(timeZone, from, to);

  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const offset = offsetAt(around.getTime(), timeZone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${utcOffsetText(offset * 60)}`,
      `TZOFFSETTO:${utcOffsetText(offset * 60)}`,
      `TZNAME:${abbreviationAt(around, timeZone)}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
    return lines;
  }

  // The standard offset is the lowest the zone shows in the span; a change to more is daylight time.
  const standard = Math.min(...changes.flatMap((c) => [c.offsetFrom, c.offsetTo]));
  const kindOf = (c: ZoneTransition) => (c.offsetTo > standard ? 'DAYLIGHT' : 'STANDARD');
  const observance = (c: ZoneTransition, rrule: string | null) => {
    const kind = kindOf(c);
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(wallAt(c.at, c.offsetFrom))}`,
      ...(rrule ? [rrule] : []),
      `TZOFFSETFROM:${utcOffsetText(c.offsetFrom * 60)}`,
      `TZOFFSETTO:${utcOffsetText(c.offsetTo * 60)}`,
      `TZNAME:${abbreviationAt(c.at, timeZone)}`,
      `END:${kind}`,
    ];
  };

  const groups = (['DAYLIGHT', 'STANDARD'] as const).map((kind) => changes.filter((c) => kindOf(c) === kind));
  const rules = groups.map((group) => (options.explicitOnly ? null : yearlyRuleOf(group, years)));
  if (rules.every((r) => r !== null)) {
    groups.forEach((group, i) => {
      const rule = rules[i]!;
      lines.push(
        ...observance(
          group[0]!,
          `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.nth}${WEEKDAYS[rule.weekday]}`,
        ),
      );
    });
  } else {
    for (const change of changes) lines.push(...observance(change, null));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
