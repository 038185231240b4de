import { callCenterToday } from '../../../../shared/domain/floor/call-center';
import type { CallerDraw } from '../../../../shared/domain/traffic/caller-draw';
import { deriveSeed, seededRandom } from '../../../../shared/domain/traffic/seeded-random';
import {
  createCallerStream,
  generateTrafficDay,
  type Arrival,
  type TrafficDay,
} from '../../../../shared/domain/traffic/traffic-day';
import type { TrafficProfile } from '../../../../shared/domain/traffic/traffic-profile';
import { addDays } from '../../../../shared/domain/time/local-date';

/** A simulated caller due now: who, and how long they talk and wait in the simulation's time. */
export interface DueCaller extends CallerDraw {
  providerCallId: string;
}

/** Where the simulator's callers come from: `due(nowMs)` answers those whose time has come since the last call. */
export interface ArrivalSource {
  due(nowMs: number): DueCaller[];
  /** Real time runs this many times slower than the callers' (patience and talk are divided by it). */
  readonly factor: number;
}

interface SourceOptions {
  profile: TrafficProfile;
  seed: number;
  knownCallers: readonly string[];
  /** Names this run in the callers' providerCallIds (a restart's calls never meet the last run's). */
  runId: string;
}

/**
 * The demo's rate: one caller every `minGap`–`maxGap` seconds (seeded), only while `ringing()` —
 * someone is signed in; the first one `firstDelaySeconds` after someone is.
 */
export function demoArrivals(
  options: SourceOptions & {
    minGapSeconds: number;
    maxGapSeconds: number;
    firstDelaySeconds: number;
    ringing: () => boolean;
  },
): ArrivalSource {
  const callers = createCallerStream(options);
  const gaps = seededRandom(deriveSeed(options.seed, 'demo-gaps'));
  const gapMs = () =>
    1000 * (options.minGapSeconds + gaps.next() * (options.maxGapSeconds - options.minGapSeconds));
  let nextAtMs: number | null = null;
  let count = 0;
  return {
    factor: 1,
    due(nowMs) {
      if (!options.ringing()) {
        nextAtMs = null;
        return [];
      }
      nextAtMs ??= nowMs + 1000 * options.firstDelaySeconds;
      if (nowMs < nextAtMs) return [];
      nextAtMs = nowMs + gapMs();
      return [{ ...callers(), providerCallId: `sim-${options.runId}-demo-${count++}` }];
    },
  };
}

/** The index of the first arrival after `ms` (arrivals are oldest first). */
function firstAfter(arrivals: readonly Arrival[], ms: number): number {
  let lo = 0;
  let hi = arrivals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arrivals[mid] as Arrival).atMs > ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The traffic model's days replayed `factor` times faster than real time from `startMs` (the
 * simulation's clock starts at the real one): each call of a day arrives when its instant comes on
 * the simulation's clock; nights and closed hours bring none.
 */
export function acceleratedArrivals(
  options: SourceOptions & { factor: number; scale: number; startMs: number },
): ArrivalSource {
  const { factor, startMs } = options;
  let cursorMs = startMs;
  let day: TrafficDay | null = null;
  const dayOf = (date: string) => {
    if (day?.date !== date)
      day = generateTrafficDay({
        profile: options.profile,
        seed: options.seed,
        date,
        scale: options.scale,
        knownCallers: options.knownCallers,
        idPrefix: `sim-${options.runId}`,
      });
    return day;
  };
  return {
    factor,
    due(nowMs) {
      const simNowMs = startMs + (nowMs - startMs) * factor;
      if (simNowMs <= cursorMs) return [];
      const due: DueCaller[] = [];
      const last = callCenterToday(new Date(simNowMs));
      for (let date = callCenterToday(new Date(cursorMs)); date <= last; date = addDays(date, 1)) {
        const { arrivals } = dayOf(date);
        for (let i = firstAfter(arrivals, cursorMs); i < arrivals.length; i++) {
          const { index: _index, atMs, at: _at, halfHour: _halfHour, ...caller } = arrivals[i] as Arrival;
          if (atMs > simNowMs) break;
          due.push(caller);
        }
      }
      cursorMs = simNowMs;
      return due;
    },
  };
}
