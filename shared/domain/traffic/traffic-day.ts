import { createCallerDraw, type CallerDraw } from './caller-draw';
import { dayLoad, type DayLoad } from './half-hours';
import { deriveSeed, seededRandom } from './seeded-random';
import type { TrafficProfile } from './traffic-profile';

const HALF_HOUR_MS = 30 * 60_000;

/** One call of a simulated day. */
export interface Arrival extends CallerDraw {
  /** Its place in the day, 0 first. */
  index: number;
  /** When it arrives, epoch milliseconds (UTC). */
  atMs: number;
  /** The same instant as ISO text (UTC). */
  at: string;
  /** The index of its half hour in `DayLoad.halfHours`. */
  halfHour: number;
  /** The carrier's id of the call: the same seed and date give the same ids. */
  providerCallId: string;
}

export interface TrafficDay extends DayLoad {
  seed: number;
  scale: number;
  /** Oldest first; exactly `total` of them, every one inside the phone hours. */
  arrivals: Arrival[];
}

export interface TrafficDayOptions {
  profile: TrafficProfile;
  seed: number;
  /** The call center's date (YYYY-MM-DD): its weekday or weekend/holiday hours and total. */
  date: string;
  /** 1 = MiConsulado's volume (35,000 calls a weekday); 0.1 = a tenth. */
  scale?: number;
  /** Numbers of applicants on file that a share of callers call from. */
  knownCallers?: readonly string[];
  /** Prefix of the providerCallIds, `sim` by default. */
  idPrefix?: string;
}

/**
 * A call-center day of arrivals, deterministic for a seed: the half hours' counts follow the
 * profile's intraday curve and add up to the day's total exactly; inside a half hour the instants are
 * uniform (a Poisson process given its count), each caller drawn from the profile.
 */
export function generateTrafficDay(options: TrafficDayOptions): TrafficDay {
  const scale = options.scale ?? 1;
  const load = dayLoad(options.profile, options.date, scale);
  const times = seededRandom(deriveSeed(options.seed, options.date, 'times'));
  const callers = seededRandom(deriveSeed(options.seed, options.date, 'callers'));
  const draw = createCallerDraw({ profile: options.profile, knownCallers: options.knownCallers ?? [] });
  const prefix = options.idPrefix ?? 'sim';
  const arrivals: Arrival[] = [];
  load.halfHours.forEach((halfHour, h) => {
    const instants: number[] = [];
    for (let i = 0; i < halfHour.calls; i++) instants.push(halfHour.startMs + times.int(HALF_HOUR_MS));
    instants.sort((a, b) => a - b);
    for (const atMs of instants) {
      const index = arrivals.length;
      arrivals.push({
        index,
        atMs,
        at: new Date(atMs).toISOString(),
        halfHour: h,
        providerCallId: `${prefix}-${options.seed}-${options.date}-${index}`,
        ...draw(callers),
      });
    }
  });
  return { ...load, seed: options.seed, scale, arrivals };
}

/**
 * Callers one after another without a day's clock (the demo's gentle rate): the same seed gives the
 * same callers, drawn as the day's are.
 */
export function createCallerStream(options: {
  profile: TrafficProfile;
  seed: number;
  knownCallers?: readonly string[];
}): () => CallerDraw {
  const random = seededRandom(deriveSeed(options.seed, 'stream'));
  const draw = createCallerDraw({ profile: options.profile, knownCallers: options.knownCallers ?? [] });
  return () => draw(random);
}
