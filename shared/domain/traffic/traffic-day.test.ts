import { describe, expect, it } from 'vitest';
import { CallerNumber } from '../../api/routing';
import { CALL_CENTER_TIME_ZONE } from '../floor/call-center';
import { zonedParts } from '../time/zoned-time';
import { apportion, dayLoad } from './half-hours';
import { createCallerStream, generateTrafficDay } from './traffic-day';
import { TrafficProfile } from './traffic-profile';

/** A small profile for the model's mechanics; the real data is tested beside its file. */
const profile = TrafficProfile.parse({
  sources: { all: 'test fixture' },
  callsPerWeekday: 2600,
  callsPerWeekendDay: 900,
  halfHourWeights: {
    weekday: Array.from({ length: 26 }, (_, i) => (i < 13 ? i + 1 : 26 - i)),
    weekend: Array.from({ length: 18 }, () => 1),
  },
  languages: { es: 0.8, en: 0.2 },
  routes: [
    { queueId: 'q-a', share: 3 },
    { ivrChoice: '2', share: 1 },
  ],
  knownCallerShare: 0.5,
  areaCodes: ['213', '416'],
  handleTime: { distribution: 'lognormal', meanSeconds: 360, cv: 0.8 },
  patience: { distribution: 'exponential', meanSeconds: 150 },
});

const WEDNESDAY = '2027-03-03';
const SATURDAY = '2027-03-06';
/** 16 September, Mexico's Independence Day, a Thursday in 2027: weekend hours. */
const HOLIDAY = '2027-09-16';
const known = ['+12135550100', '+14165550101', '+13105550102'];

describe('a simulated call-center day', () => {
  it('is the same day for the same seed, and another day for another seed or date', () => {
    const a = generateTrafficDay({ profile, seed: 42, date: WEDNESDAY, knownCallers: known });
    const b = generateTrafficDay({ profile, seed: 42, date: WEDNESDAY, knownCallers: known });
    expect(b).toEqual(a);
    const otherSeed = generateTrafficDay({ profile, seed: 43, date: WEDNESDAY, knownCallers: known });
    expect(otherSeed.arrivals.map((x) => x.atMs)).not.toEqual(a.arrivals.map((x) => x.atMs));
    const otherDate = generateTrafficDay({ profile, seed: 42, date: '2027-03-04', knownCallers: known });
    expect(otherDate.arrivals.map((x) => x.from)).not.toEqual(a.arrivals.map((x) => x.from));
  });

  it('brings exactly the profile’s calls of a weekday, scaled, every one inside 08:00–21:00', () => {
    for (const scale of [1, 0.5, 0.01]) {
      const day = generateTrafficDay({ profile, seed: 1, date: WEDNESDAY, scale });
      expect(day.kind).toBe('weekday');
      expect(day.arrivals).toHaveLength(Math.round(2600 * scale));
      expect(day.halfHours.reduce((sum, h) => sum + h.calls, 0)).toBe(day.total);
      for (const arrival of day.arrivals) {
        const { date, time } = zonedParts(new Date(arrival.atMs), CALL_CENTER_TIME_ZONE);
        expect(date).toBe(WEDNESDAY);
        expect(time >= '08:00' && time < '21:00').toBe(true);
      }
    }
  });

  it('keeps weekend hours, 09:00–18:00, on Saturdays and on Mexican holidays', () => {
    for (const date of [SATURDAY, HOLIDAY]) {
      const day = generateTrafficDay({ profile, seed: 1, date });
      expect(day).toMatchObject({ kind: 'weekend_or_holiday', open: '09:00', close: '18:00', total: 900 });
      expect(day.halfHours).toHaveLength(18);
      const times = day.arrivals.map((a) => zonedParts(new Date(a.atMs), CALL_CENTER_TIME_ZONE).time);
      expect(times.every((t) => t >= '09:00' && t < '18:00')).toBe(true);
    }
  });

  it('puts each call in its half hour, oldest first, with the half hour’s count', () => {
    const day = generateTrafficDay({ profile, seed: 9, date: WEDNESDAY });
    day.halfHours.forEach((halfHour, h) => {
      const inIt = day.arrivals.filter((a) => a.halfHour === h);
      expect(inIt).toHaveLength(halfHour.calls);
      for (const a of inIt) {
        expect(a.atMs).toBeGreaterThanOrEqual(halfHour.startMs);
        expect(a.atMs).toBeLessThan(halfHour.startMs + 30 * 60_000);
      }
    });
    const instants = day.arrivals.map((a) => a.atMs);
    expect(instants).toEqual([...instants].sort((x, y) => x - y));
    expect(day.halfHours[0]).toMatchObject({ start: '08:00' });
    expect(day.halfHours.at(-1)).toMatchObject({ start: '20:30' });
    expect(new Set(day.arrivals.map((a) => a.providerCallId)).size).toBe(day.arrivals.length);
  });

  it('follows the profile’s shares of language, route and known callers', () => {
    const { arrivals } = generateTrafficDay({ profile, seed: 5, date: WEDNESDAY, knownCallers: known });
    const share = (pick: (a: (typeof arrivals)[number]) => boolean) =>
      arrivals.filter(pick).length / arrivals.length;
    // 2,600 draws: a share's standard error is under 1 point; 3 points is beyond 3 of them.
    expect(Math.abs(share((a) => a.language === 'es') - 0.8)).toBeLessThan(0.03);
    expect(Math.abs(share((a) => a.queueId === 'q-a') - 0.75)).toBeLessThan(0.03);
    expect(arrivals.every((a) => (a.queueId === undefined) !== (a.ivrChoice === undefined))).toBe(true);
    expect(Math.abs(share((a) => a.knownCaller) - 0.5)).toBeLessThan(0.03);
    expect(arrivals.filter((a) => a.knownCaller).every((a) => known.includes(a.from))).toBe(true);
  });

  it('gives every caller a number the telephony intake accepts, from the profile’s area codes', () => {
    const { arrivals } = generateTrafficDay({ profile, seed: 3, date: WEDNESDAY });
    expect(arrivals.some((a) => a.knownCaller)).toBe(false);
    for (const a of arrivals) {
      expect(CallerNumber.safeParse(a.from)).toMatchObject({ success: true, data: a.from });
      expect(['213', '416']).toContain(a.from.slice(2, 5));
    }
  });

  it('draws handle times and patience with the profile’s means', () => {
    const { arrivals } = generateTrafficDay({ profile, seed: 11, date: WEDNESDAY });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // Lognormal cv 0.8 over 2,600 draws: standard error ~1.6%; exponential ~2%.
    expect(mean(arrivals.map((a) => a.handleSeconds)) / 360).toBeGreaterThan(0.93);
    expect(mean(arrivals.map((a) => a.handleSeconds)) / 360).toBeLessThan(1.07);
    expect(mean(arrivals.map((a) => a.patienceSeconds)) / 150).toBeGreaterThan(0.92);
    expect(mean(arrivals.map((a) => a.patienceSeconds)) / 150).toBeLessThan(1.08);
    expect(arrivals.every((a) => a.handleSeconds >= 1 && a.patienceSeconds >= 1)).toBe(true);
  });

  it('refuses a negative scale', () => {
    expect(() => dayLoad(profile, WEDNESDAY, -1)).toThrow(/scale/);
  });
});

describe('apportioning a day’s calls to its half hours', () => {
  it('adds up to the total exactly and stays proportional', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(35_000, [1, 2, 3, 4]).reduce((a, b) => a + b, 0)).toBe(35_000);
    expect(apportion(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('a stream of callers (the demo rate)', () => {
  it('gives the same callers for the same seed', () => {
    const a = createCallerStream({ profile, seed: 8 });
    const b = createCallerStream({ profile, seed: 8 });
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(new Set(first.map((c) => c.from)).size).toBe(3);
  });
});
