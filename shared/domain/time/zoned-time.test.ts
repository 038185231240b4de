import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localDateTimeOf, offsetMinutes, todayIn, zonedParts, zonedWallTimeToUtc } from './zoned-time';

const iso = (date: string, time: string, zone: string) => zonedWallTimeToUtc(date, time, zone).toISOString();

describe('zonedWallTimeToUtc across the 2026 changes (US: 03-08 forward, 11-01 back)', () => {
  it('Chicago: 09:00 is 15:00Z in CST and 14:00Z in CDT', () => {
    expect(iso('2026-03-07', '09:00', 'America/Chicago')).toBe('2026-03-07T15:00:00.000Z');
    expect(iso('2026-03-08', '09:00', 'America/Chicago')).toBe('2026-03-08T14:00:00.000Z');
    expect(iso('2026-03-09', '09:00', 'America/Chicago')).toBe('2026-03-09T14:00:00.000Z');
    expect(iso('2026-10-31', '09:00', 'America/Chicago')).toBe('2026-10-31T14:00:00.000Z');
    expect(iso('2026-11-01', '09:00', 'America/Chicago')).toBe('2026-11-01T15:00:00.000Z');
    expect(iso('2026-11-02', '09:00', 'America/Chicago')).toBe('2026-11-02T15:00:00.000Z');
  });

  it('Phoenix never changes: 09:00 is always 16:00Z', () => {
    for (const date of [
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-07-01',
    ]) {
      expect(iso(date, '09:00', 'America/Phoenix')).toBe(`${date}T16:00:00.000Z`);
    }
    expect(iso('2026-03-08', '02:30', 'America/Phoenix')).toBe('2026-03-08T09:30:00.000Z'); // no gap in Arizona
  });

  it('El Paso is on Mountain time (America/Denver), one hour behind Chicago', () => {
    expect(iso('2026-03-07', '09:00', 'America/Denver')).toBe('2026-03-07T16:00:00.000Z');
    expect(iso('2026-03-08', '09:00', 'America/Denver')).toBe('2026-03-08T15:00:00.000Z');
    expect(iso('2026-03-09', '09:00', 'America/Denver')).toBe('2026-03-09T15:00:00.000Z');
    expect(iso('2026-10-31', '09:00', 'America/Denver')).toBe('2026-10-31T15:00:00.000Z');
    expect(iso('2026-11-01', '09:00', 'America/Denver')).toBe('2026-11-01T16:00:00.000Z');
    expect(iso('2026-11-02', '09:00', 'America/Denver')).toBe('2026-11-02T16:00:00.000Z');
  });

  it('Canada changes on the same dates: Toronto and Vancouver', () => {
    expect(iso('2026-03-07', '09:00', 'America/Toronto')).toBe('2026-03-07T14:00:00.000Z');
    expect(iso('2026-03-09', '09:00', 'America/Toronto')).toBe('2026-03-09T13:00:00.000Z');
    expect(iso('2026-11-02', '09:00', 'America/Toronto')).toBe('2026-11-02T14:00:00.000Z');
    expect(iso('2026-03-07', '09:00', 'America/Vancouver')).toBe('2026-03-07T17:00:00.000Z');
    expect(iso('2026-03-09', '09:00', 'America/Vancouver')).toBe('2026-03-09T16:00:00.000Z');
    expect(iso('2026-11-02', '09:00', 'America/Vancouver')).toBe('2026-11-02T17:00:00.000Z');
  });

  it('2027 changes happen on 03-14 and 11-07', () => {
    expect(iso('2027-03-13', '09:00', 'America/Los_Angeles')).toBe('2027-03-13T17:00:00.000Z');
    expect(iso('2027-03-14', '09:00', 'America/Los_Angeles')).toBe('2027-03-14T16:00:00.000Z');
    expect(iso('2027-11-06', '09:00', 'America/Los_Angeles')).toBe('2027-11-06T16:00:00.000Z');
    expect(iso('2027-11-07', '09:00', 'America/Los_Angeles')).toBe('2027-11-07T17:00:00.000Z');
  });

  it('a nonexistent time in the spring-forward gap moves forward by the gap', () => {
    // 02:30 CST does not exist on 2026-03-08; it is read as 03:30 CDT = 08:30Z.
    const instant = zonedWallTimeToUtc('2026-03-08', '02:30', 'America/Chicago');
    expect(instant.toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(localDateTimeOf(instant, 'America/Chicago')).toBe('2026-03-08T03:30');
    expect(iso('2026-03-08', '02:00', 'America/Chicago')).toBe('2026-03-08T08:00:00.000Z');
    expect(iso('2026-03-08', '01:59', 'America/Chicago')).toBe('2026-03-08T07:59:00.000Z');
    expect(iso('2026-03-08', '03:00', 'America/Chicago')).toBe('2026-03-08T08:00:00.000Z');
    expect(iso('2026-03-08', '02:15', 'America/Toronto')).toBe('2026-03-08T07:15:00.000Z');
  });

  it('an ambiguous time at fall-back takes the earlier instant', () => {
    // 01:30 happens at 06:30Z (CDT) and again at 07:30Z (CST).
    expect(iso('2026-11-01', '01:30', 'America/Chicago')).toBe('2026-11-01T06:30:00.000Z');
    expect(iso('2026-11-01', '01:00', 'America/Chicago')).toBe('2026-11-01T06:00:00.000Z');
    expect(iso('2026-11-01', '01:59', 'America/Denver')).toBe('2026-11-01T07:59:00.000Z');
    expect(iso('2026-11-01', '02:00', 'America/Chicago')).toBe('2026-11-01T08:00:00.000Z');
    expect(iso('2026-11-01', '00:59', 'America/Chicago')).toBe('2026-11-01T05:59:00.000Z');
  });

  it('handles midnight and the last minute of the day', () => {
    expect(iso('2026-12-31', '23:59', 'America/Los_Angeles')).toBe('2027-01-01T07:59:00.000Z');
    expect(iso('2026-01-01', '00:00', 'America/New_York')).toBe('2026-01-01T05:00:00.000Z');
  });

  it('rejects malformed input', () => {
    expect(() => zonedWallTimeToUtc('2026-3-8', '09:00', 'America/Chicago')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-03-08', '9:00', 'America/Chicago')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-03-08', '24:00', 'America/Chicago')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-02-30', '09:00', 'America/Chicago')).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc('2026-03-08', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('offsetMinutes', () => {
  it('reports the UTC offset in force at the instant', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/Phoenix')).toBe(-420);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/Phoenix')).toBe(-420);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/Chicago')).toBe(-360);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/Chicago')).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/Denver')).toBe(-360);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/Toronto')).toBe(-240);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('shows Mexico City at UTC−6 all year (no DST since 2022-10-30)', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/Mexico_City')).toBe(-360);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/Mexico_City')).toBe(-360);
  });

  it('switches exactly at 02:00 local', () => {
    expect(offsetMinutes(new Date('2026-03-08T07:59:59Z'), 'America/Chicago')).toBe(-360);
    expect(offsetMinutes(new Date('2026-03-08T08:00:00Z'), 'America/Chicago')).toBe(-300);
    expect(offsetMinutes(new Date('2026-11-01T06:59:59Z'), 'America/Chicago')).toBe(-300);
    expect(offsetMinutes(new Date('2026-11-01T07:00:00Z'), 'America/Chicago')).toBe(-360);
  });

  it('handles half-hour zones', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-210);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});

describe('zonedParts / localDateTimeOf / todayIn', () => {
  it('gives the local date, time and weekday', () => {
    // 03:30Z on Monday is still Sunday evening in Los Angeles.
    expect(zonedParts(new Date('2026-03-09T03:30:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2026-03-08',
      time: '20:30',
      weekday: 0,
    });
    expect(zonedParts(new Date('2026-03-09T07:00:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2026-03-09',
      time: '00:00',
      weekday: 1,
    });
    expect(localDateTimeOf(new Date('2026-07-04T16:05:00Z'), 'America/Phoenix')).toBe('2026-07-04T09:05');
  });

  it('todayIn depends on the zone near midnight UTC', () => {
    const now = new Date('2026-06-01T04:30:00Z');
    expect(todayIn('America/New_York', now)).toBe('2026-06-01');
    expect(todayIn('America/Chicago', now)).toBe('2026-05-31');
    expect(todayIn('America/Phoenix', now)).toBe('2026-05-31');
    expect(todayIn('UTC')).toBe(new Date().toISOString().slice(0, 10));
  });
});

const zones = [
  'America/Chicago',
  'America/Phoenix',
  'America/Denver',
  'America/Los_Angeles',
  'America/New_York',
  'America/Toronto',
  'America/Vancouver',
  'America/Boise',
  'America/Detroit',
  'America/Edmonton',
  'America/Indiana/Indianapolis',
  'America/St_Johns',
];

const wallArb = fc.record({
  zone: fc.constantFrom(...zones),
  date: fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

// Like Temporal's "compatible" disambiguation: scan instants a day around the wall time.
function referenceInstants(date: string, time: string, zone: string): number[] {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const hits: number[] = [];
  for (let offset = -16 * 60; offset <= 16 * 60; offset += 15) {
    const instant = wall - offset * 60_000;
    if (localDateTimeOf(new Date(instant), zone) === `${date}T${time}`) hits.push(instant);
  }
  return hits;
}

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

describe('zonedWallTimeToUtc properties', () => {
  it('round-trips every wall time that exists, choosing the earliest instant', () => {
    fc.assert(
      fc.property(wallArb, ({ zone, date, hour, minute }) => {
        const time = hhmm(hour, minute);
        const hits = referenceInstants(date, time, zone);
        fc.pre(hits.length > 0);
        const instant = zonedWallTimeToUtc(date, time, zone);
        expect(localDateTimeOf(instant, zone)).toBe(`${date}T${time}`);
        expect(instant.getTime()).toBe(Math.min(...hits));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every minute around both 2026 changes', () => {
    for (const zone of ['America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Vancouver']) {
      for (const date of ['2026-03-08', '2026-11-01']) {
        for (let minutes = 0; minutes < 24 * 60; minutes += 5) {
          const time = hhmm(Math.floor(minutes / 60), minutes % 60);
          const inGap =
            date === '2026-03-08' && zone !== 'America/Phoenix' && time >= '02:00' && time < '03:00';
          const local = localDateTimeOf(zonedWallTimeToUtc(date, time, zone), zone);
          if (inGap) expect(local).toBe(`${date}T${hhmm(Math.floor(minutes / 60) + 1, minutes % 60)}`);
          else expect(local).toBe(`${date}T${time}`);
        }
      }
    }
  });

  it('is monotonic in wall time within a day', () => {
    fc.assert(
      fc.property(wallArb, fc.integer({ min: 1, max: 600 }), ({ zone, date, hour, minute }, later) => {
        const a = hour * 60 + minute;
        const b = Math.min(a + later, 23 * 60 + 59);
        const ta = zonedWallTimeToUtc(date, hhmm(Math.floor(a / 60), a % 60), zone).getTime();
        const tb = zonedWallTimeToUtc(date, hhmm(Math.floor(b / 60), b % 60), zone).getTime();
        expect(tb).toBeGreaterThanOrEqual(ta);
      }),
    );
  });
});

it('is fast enough for the seed (100k conversions)', () => {
  const started = performance.now();
  let checksum = 0;
  for (let day = 0; day < 400; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    for (let slot = 0; slot < 250; slot++) {
      checksum +=
        zonedWallTimeToUtc(
          date,
          hhmm(8 + Math.floor(slot / 30), (slot * 2) % 60),
          zones[slot % zones.length] ?? 'UTC',
        ).getTime() % 7;
    }
  }
  expect(checksum).toBeGreaterThan(0);
  // Generous bound so slow CI machines pass; typical is well under a second.
  expect(performance.now() - started).toBeLessThan(5_000);
});
