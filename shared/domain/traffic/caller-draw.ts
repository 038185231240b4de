import type { CallLanguage } from '../../api/routing';
import { drawSeconds } from './distributions';
import type { SeededRandom } from './seeded-random';
import type { TrafficProfile } from './traffic-profile';

/** Who calls and how the call will go, apart from when it arrives. */
export interface CallerDraw {
  /** The caller's number, E.164 (+1 and a North American area code). */
  from: string;
  /** True when the number is one of the known callers (an applicant on file: the screen pop finds them). */
  knownCaller: boolean;
  language: CallLanguage;
  /** Exactly one of these: the IVR's choice (the routing rules pick the queue) or the queue itself. */
  ivrChoice?: string;
  queueId?: string;
  /** How long the caller talks once an operator answers. */
  handleSeconds: number;
  /** How long the caller waits unanswered before hanging up. */
  patienceSeconds: number;
}

export interface CallerDrawOptions {
  profile: TrafficProfile;
  /** Numbers of applicants on file; `knownCallerShare` of the callers are drawn from them (none: nobody is known). */
  knownCallers?: readonly string[];
}

/** A number +1 NPA NXX XXXX: exchange 200–999, never N11 nor 555 (as the demo seed's applicants). */
function unknownNumber(random: SeededRandom, areaCodes: readonly string[]): string {
  const area = areaCodes[random.int(areaCodes.length)] as string;
  let exchange: number;
  do exchange = 200 + random.int(800);
  while (exchange % 100 === 11 || exchange === 555);
  return `+1${area}${exchange}${String(random.int(10_000)).padStart(4, '0')}`;
}

/**
 * Draws callers from the profile with `random`, always the same number of draws per caller (so one
 * caller's attributes never shift the next one's), rounded to the millisecond.
 */
export function createCallerDraw({ profile, knownCallers = [] }: CallerDrawOptions) {
  const routeTotal = profile.routes.reduce((sum, r) => sum + r.share, 0);
  return (random: SeededRandom): CallerDraw => {
    const known = random.next() < profile.knownCallerShare && knownCallers.length > 0;
    const knownPick = random.int(Math.max(knownCallers.length, 1));
    const number = unknownNumber(random, profile.areaCodes);
    const language: CallLanguage = random.next() < profile.languages.es ? 'es' : 'en';
    let target = random.next() * routeTotal;
    let route = profile.routes[profile.routes.length - 1] as TrafficProfile['routes'][number];
    for (const r of profile.routes) {
      if (target < r.share) {
        route = r;
        break;
      }
      target -= r.share;
    }
    const handleSeconds = Math.max(1, Math.round(drawSeconds(profile.handleTime, random) * 1000) / 1000);
    const patienceSeconds = Math.max(1, Math.round(drawSeconds(profile.patience, random) * 1000) / 1000);
    return {
      from: known ? (knownCallers[knownPick] as string) : number,
      knownCaller: known,
      language,
      ...('ivrChoice' in route ? { ivrChoice: route.ivrChoice } : { queueId: route.queueId }),
      handleSeconds,
      patienceSeconds,
    };
  };
}
