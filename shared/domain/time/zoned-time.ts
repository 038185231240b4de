/**
 * Conversions between UTC instants and consulate-local wall times, using only Intl.
 *
 * Slots are defined by wall time ("08:00 in Chicago"), so every slot is converted on
 * its own date; adding 24 hours to yesterday's instant would drift by an hour across
 * a daylight-saving change.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Formatters are expensive to build and the seed converts ~100k wall times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with h23 gives a stable numeric layout "M/D/YYYY AD, HH:mm:ss"; format()
    // is ~3x faster than formatToParts(), so we parse the string ourselves.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const FORMATTED = /^(\d+)\/(\d+)\/(\d+)\s+(\S+),?\s+(\d+):(\d+):(\d+)/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockOf(ms: number, timeZone: string): WallClock {
  const text = formatterFor(timeZone).format(ms);
  const m = FORMATTED.exec(text);
  if (!m) throw new Error(`unexpected Intl output for ${timeZone}: ${text}`);
  const rawYear = Number(m[3]);
  return {
    // Proleptic years before 1 AD come out as "n BC"; astronomical year = 1 − n.
    year: m[4]?.startsWith('B') ? 1 - rawYear : rawYear,
    month: Number(m[1]),
    day: Number(m[2]),
    // Some ICU builds still print 24 for midnight even with h23.
    hour: Number(m[5]) % 24,
    minute: Number(m[6]),
    second: Number(m[7]),
  };
}

/** Date.UTC that does not remap years 0–99 to the 1900s. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 0 && year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(year);
    return d.getTime();
  }
  return ms;
}

/** Local wall time minus UTC, in ms, at the given instant (to the second). */
function offsetMsAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const w = wallClockOf(whole, timeZone);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - whole;
}

export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetMsAt(instant.getTime(), timeZone) / MINUTE_MS);
}

// What we know about one local date in one zone, cached because the seed converts
// dozens of wall times per date: the offsets two days either side (every wall time of
// the date maps to an instant between them) and, on the ~363 days a year without a
// clock change, the single offset valid all day.
type DayInfo = { before: number; after: number; constant: number | null };
const dayCache = new Map<string, Map<string, DayInfo>>();
const DAY_CACHE_LIMIT = 20_000;

function dayInfo(date: string, dayStartMs: number, timeZone: string): DayInfo {
  let perZone = dayCache.get(timeZone);
  if (!perZone) {
    perZone = new Map();
    dayCache.set(timeZone, perZone);
  }
  let info = perZone.get(date);
  if (!info) {
    // A long-running server sees arbitrary dates; forgetting everything is cheaper than an LRU.
    if (perZone.size >= DAY_CACHE_LIMIT) perZone.clear();
    // Checked here, on a cache miss, so the hot path stays a regex and a lookup.
    if (new Date(dayStartMs).toISOString().slice(0, 10) !== date)
      throw new RangeError(`not a calendar date: ${date}`);
    const before = offsetMsAt(dayStartMs - 2 * DAY_MS + 12 * HOUR_MS, timeZone);
    const after = offsetMsAt(dayStartMs + 2 * DAY_MS + 12 * HOUR_MS, timeZone);
    // Same offset at both window ends and at the local day's first and last instants:
    // no clock change today (tz data never changes and reverts within hours).
    const constant =
      before === after &&
      offsetMsAt(dayStartMs - before, timeZone) === before &&
      offsetMsAt(dayStartMs + DAY_MS - 1000 - before, timeZone) === before
        ? before
        : null;
    info = { before, after, constant };
    perZone.set(date, info);
  }
  return info;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * The UTC instant at which the consulate's clocks show `date` `time`.
 * Gap (spring forward): the wall time moves forward by the gap, 02:30 → 03:30.
 * Overlap (fall back): the earlier of the two instants.
 */
export function zonedWallTimeToUtc(date: string, time: string, timeZone: string): Date {
  const d = DATE_PATTERN.exec(date);
  const t = TIME_PATTERN.exec(time);
  if (!d || !t) throw new RangeError(`expected YYYY-MM-DD and HH:mm, got ${date} ${time}`);
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  if (hour > 23 || minute > 59) throw new RangeError(`not a wall time: ${time}`);
  const dayStart = utcMs(Number(d[1]), Number(d[2]), Number(d[3]));
  const wall = dayStart + hour * HOUR_MS + minute * MINUTE_MS;

  const { before, after, constant } = dayInfo(date, dayStart, timeZone);
  if (constant !== null) return new Date(wall - constant);

  // Near a transition: each distinct offset is a candidate; keep those whose instant
  // really shows this wall time, and take the earliest.
  const candidates = new Set([
    before,
    after,
    offsetMsAt(wall - before, timeZone),
    offsetMsAt(wall - after, timeZone),
  ]);
  let best: number | null = null;
  for (const offset of candidates) {
    const instant = wall - offset;
    if (offsetMsAt(instant, timeZone) === offset && (best === null || instant < best)) best = instant;
  }
  if (best !== null) return new Date(best);

  // Gap: apply the offset in force just before the transition, which lands after it
  // by exactly the gap's length.
  const offsetBeforeGap = offsetMsAt(wall - Math.max(before, after), timeZone);
  return new Date(wall - offsetBeforeGap);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dateText(w: WallClock): string {
  const year = w.year < 0 ? `-${String(-w.year).padStart(6, '0')}` : String(w.year).padStart(4, '0');
  return `${year}-${pad2(w.month)}-${pad2(w.day)}`;
}

/** Local calendar date ('YYYY-MM-DD'), wall time ('HH:mm') and weekday (0 = Sunday). */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string; weekday: number } {
  const w = wallClockOf(instant.getTime(), timeZone);
  const date = dateText(w);
  const weekday = new Date(utcMs(w.year, w.month, w.day)).getUTCDay();
  return { date, time: `${pad2(w.hour)}:${pad2(w.minute)}`, weekday };
}

/** 'YYYY-MM-DDTHH:mm' as shown on the consulate's clocks. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant.getTime(), timeZone);
  return `${dateText(w)}T${pad2(w.hour)}:${pad2(w.minute)}`;
}

/** The consulate's current calendar date; `now` is injectable for tests. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateText(wallClockOf(now.getTime(), timeZone));
}
