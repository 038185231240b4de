import { describe, expect, it } from 'vitest';
import { CALL_CENTER_TIME_ZONE } from '../../../../shared/domain/floor/call-center';
import { generateTrafficDay } from '../../../../shared/domain/traffic/traffic-day';
import { zonedWallTimeToUtc } from '../../../../shared/domain/time/zoned-time';
import { acceleratedArrivals, demoArrivals } from './arrival-sources';
import { parseSimulationMode } from './simulation-mode';
import { loadTrafficProfile } from './traffic-profile-file';

const profile = loadTrafficProfile();
const at = (date: string, time: string) => zonedWallTimeToUtc(date, time, CALL_CENTER_TIME_ZONE).getTime();

describe('the demo rate', () => {
  it('rings one caller every 20–40 s while someone is signed in, the first a few seconds after', () => {
    let signedIn = false;
    const source = demoArrivals({
      profile,
      seed: 1,
      knownCallers: [],
      runId: 'r1',
      minGapSeconds: 20,
      maxGapSeconds: 40,
      firstDelaySeconds: 3,
      ringing: () => signedIn,
    });
    // Any hour: 03:00 on a Sunday rings as well as a weekday morning.
    let now = at('2027-01-03', '03:00');
    expect(source.due(now)).toEqual([]);
    signedIn = true;
    expect(source.due(now)).toEqual([]);
    expect(source.due(now + 2999)).toEqual([]);
    const instants: number[] = [];
    for (now += 3000; now < at('2027-01-03', '04:00'); now += 100)
      for (const caller of source.due(now)) {
        instants.push(now);
        expect(caller.providerCallId).toBe(`sim-r1-demo-${instants.length - 1}`);
      }
    const gaps = instants.slice(1).map((t, i) => (t - (instants[i] as number)) / 1000);
    expect(gaps.length).toBeGreaterThan(85);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(40.1);
    signedIn = false;
    expect(source.due(now + 60_000)).toEqual([]);
  });
});

describe('a day replayed faster than real time', () => {
  it('brings the model’s calls of the simulated interval, in order, each once', () => {
    const start = at('2027-01-05', '10:00');
    const factor = 60;
    const source = acceleratedArrivals({
      profile,
      seed: 4,
      knownCallers: [],
      runId: 'r2',
      factor,
      scale: 1,
      startMs: start,
    });
    const seen: string[] = [];
    // Ten real seconds in uneven steps: ten simulated minutes.
    for (let real = start; real <= start + 10_000; real += 337)
      seen.push(...source.due(real).map((c) => c.providerCallId));
    seen.push(...source.due(start + 10_000).map((c) => c.providerCallId));
    const day = generateTrafficDay({ profile, seed: 4, date: '2027-01-05', idPrefix: 'sim-r2' });
    const expected = day.arrivals
      .filter((a) => a.atMs > start && a.atMs <= start + 600_000)
      .map((a) => a.providerCallId);
    expect(expected.length).toBeGreaterThan(300);
    expect(seen).toEqual(expected);
    expect(source.factor).toBe(60);
  });

  it('brings nothing at night and picks up the next day at its opening', () => {
    const start = at('2027-01-05', '20:59');
    const source = acceleratedArrivals({
      profile,
      seed: 4,
      knownCallers: [],
      runId: 'r3',
      factor: 3600,
      scale: 0.1,
      startMs: start,
    });
    // A real second is a simulated hour: 20:59 → 06:59 the next day brings only the last minute's calls.
    const night = source.due(start + 10_000);
    expect(night.every((c) => c.providerCallId.includes('2027-01-05'))).toBe(true);
    // 06:59 → 08:59: the opening hour of Wednesday.
    const morning = source.due(start + 12_000);
    expect(morning.length).toBeGreaterThan(0);
    expect(morning.every((c) => c.providerCallId.includes('2027-01-06'))).toBe(true);
  });
});

describe('SIMULATE_CALLS', () => {
  it('reads off, demo and an acceleration factor, and refuses anything else', () => {
    expect(parseSimulationMode('off')).toEqual({ kind: 'off' });
    expect(parseSimulationMode('demo')).toMatchObject({ kind: 'demo', minGapSeconds: 20, maxGapSeconds: 40 });
    expect(parseSimulationMode('60')).toEqual({ kind: 'accelerated', factor: 60 });
    expect(parseSimulationMode('0.5')).toEqual({ kind: 'accelerated', factor: 0.5 });
    for (const bad of ['0', 'on', '-1', '1e3', '99999'])
      expect(() => parseSimulationMode(bad)).toThrow(/SIMULATE_CALLS/);
  });
});
