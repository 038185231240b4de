import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RoutingRules } from '../../../../shared/domain/routing/routing-rules';
import { generateTrafficDay } from '../../../../shared/domain/traffic/traffic-day';
import type { RouteShare } from '../../../../shared/domain/traffic/traffic-profile';
import { demoQueues } from '../../../seed/demo-queues';
import { loadTrafficProfile, parseTrafficProfile } from './traffic-profile-file';

const profile = loadTrafficProfile();
const routingRules = RoutingRules.parse(
  JSON.parse(readFileSync(new URL('../../routing/routing-rules.json', import.meta.url), 'utf8')),
);
const TUESDAY = '2027-01-05';
const SUNDAY = '2027-01-03';

describe('MiConsulado’s traffic profile (traffic-profile.json)', () => {
  it('brings exactly 35,000 calls on a weekday at scale 1, and a stated share on weekends', () => {
    const weekday = generateTrafficDay({ profile, seed: 2027, date: TUESDAY });
    expect(weekday.arrivals).toHaveLength(35_000);
    expect(weekday.halfHours).toHaveLength(26);
    const sunday = generateTrafficDay({ profile, seed: 2027, date: SUNDAY });
    expect(sunday.arrivals).toHaveLength(profile.callsPerWeekendDay);
    expect(sunday.halfHours).toHaveLength(18);
  });

  it('shapes a weekday like a contact center’s: a morning peak, a lunch dip, an afternoon peak, an evening tail', () => {
    const { halfHours } = generateTrafficDay({ profile, seed: 2027, date: TUESDAY });
    const calls = (start: string) => halfHours.find((h) => h.start === start)?.calls ?? NaN;
    const peak = Math.max(...halfHours.map((h) => h.calls));
    const morningPeak = halfHours.find((h) => h.calls === peak)?.start;
    expect(morningPeak! >= '09:30' && morningPeak! <= '11:30').toBe(true);
    expect(calls('13:30')).toBeLessThan(0.75 * peak);
    expect(calls('15:30')).toBeGreaterThan(1.25 * calls('13:30'));
    expect(calls('20:30')).toBeLessThan(calls('08:30'));
    // The busiest half hour of the day: about 1,900 calls, a little over one a second.
    expect(peak).toBeGreaterThan(1700);
    expect(peak).toBeLessThan(2200);
  });

  it('sends calls to the demo’s queues, by IVR choices the routing rules know, with the profile’s shares', () => {
    const { arrivals } = generateTrafficDay({ profile, seed: 7, date: TUESDAY });
    const queueIds = new Set(demoQueues.map((q) => q.id));
    const queueOf = (route: RouteShare) =>
      'queueId' in route ? route.queueId : routingRules.ivrChoices[route.ivrChoice];
    expect(profile.routes.every((r) => queueIds.has(queueOf(r) ?? ''))).toBe(true);
    expect(new Set(profile.routes.map(queueOf)).size).toBe(queueIds.size);
    // 35,000 draws: a share's standard error is at most 0.3 points; 1 point is beyond three of them.
    const share = (pick: (a: (typeof arrivals)[number]) => boolean) =>
      arrivals.filter(pick).length / arrivals.length;
    expect(Math.abs(share((a) => a.language === 'en') - profile.languages.en)).toBeLessThan(0.01);
    const sameRoute = (a: (typeof arrivals)[number], route: RouteShare) =>
      'ivrChoice' in route ? a.ivrChoice === route.ivrChoice : a.queueId === route.queueId;
    for (const route of profile.routes)
      expect(Math.abs(share((a) => sameRoute(a, route)) - route.share)).toBeLessThan(0.01);
  });

  it('says where each figure comes from', () => {
    for (const key of ['callsPerWeekday', 'halfHourWeights', 'languages', 'handleTime', 'patience'])
      expect(profile.sources[key]).toMatch(/\w{10,}/);
  });

  it('refuses a file whose half hours do not fit the phone hours, naming the file and the field', () => {
    const broken = { ...profile, halfHourWeights: { ...profile.halfHourWeights, weekday: [1, 2, 3] } };
    expect(() => parseTrafficProfile('broken.json', JSON.stringify(broken))).toThrow(
      /broken\.json.*halfHourWeights\.weekday: must have 26 half hours/,
    );
    expect(() => parseTrafficProfile('nojson.json', '{')).toThrow(/nojson\.json.*not JSON/);
    const shares = { ...profile, languages: { es: 0.5, en: 0.2 } };
    expect(() => parseTrafficProfile('x.json', JSON.stringify(shares))).toThrow(/add up to 1/);
  });
});
