import { CALL_CENTER_TIME_ZONE, phoneHoursOn } from '../floor/call-center';
import { zonedWallTimeToUtc } from '../time/zoned-time';
import type { TrafficProfile } from './traffic-profile';

const HALF_HOUR_MS = 30 * 60_000;

/** One half hour of a call-center day and the calls it brings. */
export interface HalfHourLoad {
  /** The call center's wall time it starts at, `HH:mm`. */
  start: string;
  /** Its first instant, epoch milliseconds (UTC). */
  startMs: number;
  /** Calls arriving in it (whole calls; the day's half hours add up to the day's total). */
  calls: number;
}

export interface DayLoad {
  date: string;
  kind: 'weekday' | 'weekend_or_holiday';
  open: string;
  close: string;
  /** The day's calls at this scale: round(calls per day × scale), exactly the sum of the half hours. */
  total: number;
  halfHours: HalfHourLoad[];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const wallTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Whole numbers proportional to `weights` that add up to `total` exactly (largest remainder: each
 * gets the floor of its share, the biggest fractions one more; ties to the earlier half hour).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left--;
  }
  return counts;
}

/**
 * The calls of a call-center date per half hour of its phone hours (weekday 08:00–21:00, weekend
 * or Mexican holiday 09:00–18:00, on the call center's clock: `phoneHoursOn`), at `scale`.
 */
export function dayLoad(profile: TrafficProfile, date: string, scale = 1): DayLoad {
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be ≥ 0, got ${scale}`);
  const { open, close, holiday } = phoneHoursOn(date);
  const weekend = open === '09:00' || holiday !== null;
  const weights = weekend ? profile.halfHourWeights.weekend : profile.halfHourWeights.weekday;
  const perDay = weekend ? profile.callsPerWeekendDay : profile.callsPerWeekday;
  const halfHours = (minutesOf(close) - minutesOf(open)) / 30;
  if (halfHours !== weights.length)
    throw new RangeError(`${date}: ${halfHours} half hours of phone hours, ${weights.length} weights`);
  const total = Math.round(perDay * scale);
  const counts = apportion(total, weights);
  const openMs = zonedWallTimeToUtc(date, open, CALL_CENTER_TIME_ZONE).getTime();
  return {
    date,
    kind: weekend ? 'weekend_or_holiday' : 'weekday',
    open,
    close,
    total,
    halfHours: counts.map((calls, i) => ({
      start: wallTime(minutesOf(open) + 30 * i),
      startMs: openMs + i * HALF_HOUR_MS,
      calls,
    })),
  };
}
