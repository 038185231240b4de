import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDaySlots, generateSlots, type WeeklyHours } from './slot-generation';
import { mexicanHolidays } from '../calendar/holidays';
import { localDateTimeOf } from '../time/zoned-time';

const weekdays: WeeklyHours = {
  1: [{ open: '08:00', close: '12:00', slotMinutes: 30, seats: 4 }],
  2: [{ open: '08:00', close: '12:00', slotMinutes: 30, seats: 4 }],
  3: [{ open: '08:00', close: '12:00', slotMinutes: 30, seats: 4 }],
  4: [{ open: '08:00', close: '12:00', slotMinutes: 30, seats: 4 }],
  5: [{ open: '08:00', close: '12:00', slotMinutes: 30, seats: 4 }],
};
const none = new Set<string>();

const firstStart = (timeZone: string, date: string) =>
  generateDaySlots({ timeZone, date, hours: weekdays, closedDates: none })[0]?.start;

describe('generateDaySlots', () => {
  it('cuts a session into slots that end by closing time', () => {
    const slots = generateDaySlots({
      timeZone: 'America/Chicago',
      date: '2026-03-06',
      hours: weekdays,
      closedDates: none,
    });
    expect(slots).toHaveLength(8);
    expect(slots[0]).toEqual({
      localDate: '2026-03-06',
      localStart: '2026-03-06T08:00',
      start: '2026-03-06T14:00:00.000Z',
      end: '2026-03-06T14:30:00.000Z',
      capacity: 4,
    });
    expect(slots.at(-1)?.localStart).toBe('2026-03-06T11:30');
    expect(slots.at(-1)?.end).toBe('2026-03-06T18:00:00.000Z');
  });

  it('drops a remainder shorter than a slot', () => {
    const hours: WeeklyHours = { 5: [{ open: '09:00', close: '10:50', slotMinutes: 20, seats: 1 }] };
    const slots = generateDaySlots({
      timeZone: 'America/Phoenix',
      date: '2026-03-06',
      hours,
      closedDates: none,
    });
    expect(slots.map((s) => s.localStart.slice(11))).toEqual(['09:00', '09:20', '09:40', '10:00', '10:20']);
    expect(slots.at(-1)?.end).toBe('2026-03-06T17:40:00.000Z');
  });

  it('Chicago: 08:00 local is 14:00Z before the change and 13:00Z after it', () => {
    expect(firstStart('America/Chicago', '2026-03-06')).toBe('2026-03-06T14:00:00.000Z');
    expect(firstStart('America/Chicago', '2026-03-09')).toBe('2026-03-09T13:00:00.000Z');
    expect(firstStart('America/Chicago', '2026-10-30')).toBe('2026-10-30T13:00:00.000Z');
    expect(firstStart('America/Chicago', '2026-11-02')).toBe('2026-11-02T14:00:00.000Z');
  });

  it('Phoenix stays at 15:00Z for 08:00 all year', () => {
    for (const date of ['2026-03-06', '2026-03-09', '2026-07-07', '2026-10-30', '2026-11-02']) {
      expect(firstStart('America/Phoenix', date)).toBe(`${date}T15:00:00.000Z`);
    }
  });

  it('El Paso (America/Denver) shifts with Mountain time', () => {
    expect(firstStart('America/Denver', '2026-03-06')).toBe('2026-03-06T15:00:00.000Z');
    expect(firstStart('America/Denver', '2026-03-09')).toBe('2026-03-09T14:00:00.000Z');
    expect(firstStart('America/Denver', '2026-10-30')).toBe('2026-10-30T14:00:00.000Z');
    expect(firstStart('America/Denver', '2026-11-02')).toBe('2026-11-02T15:00:00.000Z');
  });

  it('closed dates and weekdays without sessions give no slots', () => {
    expect(
      generateDaySlots({
        timeZone: 'America/Chicago',
        date: '2026-03-07',
        hours: weekdays,
        closedDates: none,
      }),
    ).toEqual([]);
    expect(
      generateDaySlots({
        timeZone: 'America/Chicago',
        date: '2026-03-08',
        hours: weekdays,
        closedDates: none,
      }),
    ).toEqual([]);
    const closed = new Set(mexicanHolidays(2026).map((d) => d.date));
    expect(
      generateDaySlots({
        timeZone: 'America/Chicago',
        date: '2026-03-16',
        hours: weekdays,
        closedDates: closed,
      }),
    ).toEqual([]);
    expect(
      generateDaySlots({
        timeZone: 'America/Chicago',
        date: '2026-03-17',
        hours: weekdays,
        closedDates: closed,
      }),
    ).toHaveLength(8);
  });

  it('supports a Saturday session and several sessions a day, in order', () => {
    const hours: WeeklyHours = {
      6: [
        { open: '13:00', close: '14:00', slotMinutes: 60, seats: 1 },
        { open: '09:00', close: '10:00', slotMinutes: 15, seats: 2 },
      ],
    };
    const slots = generateDaySlots({
      timeZone: 'America/Los_Angeles',
      date: '2026-03-07',
      hours,
      closedDates: none,
    });
    expect(slots.map((s) => [s.localStart, s.start, s.capacity])).toEqual([
      ['2026-03-07T09:00', '2026-03-07T17:00:00.000Z', 2],
      ['2026-03-07T09:15', '2026-03-07T17:15:00.000Z', 2],
      ['2026-03-07T09:30', '2026-03-07T17:30:00.000Z', 2],
      ['2026-03-07T09:45', '2026-03-07T17:45:00.000Z', 2],
      ['2026-03-07T13:00', '2026-03-07T21:00:00.000Z', 1],
    ]);
  });

  it('skips wall times that do not exist on the spring-forward Sunday', () => {
    const hours: WeeklyHours = { 0: [{ open: '01:00', close: '04:00', slotMinutes: 30, seats: 1 }] };
    const slots = generateDaySlots({
      timeZone: 'America/Chicago',
      date: '2026-03-08',
      hours,
      closedDates: none,
    });
    expect(slots.map((s) => s.localStart.slice(11))).toEqual(['01:00', '01:30', '03:00', '03:30']);
    // 01:30–02:00 CST ends at 03:00 CDT: the same instant as the next slot's start.
    expect(slots[1]?.end).toBe(slots[2]?.start);
    expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length);
  });

  it('on the fall-back Sunday the repeated hour is offered once (earlier instant)', () => {
    const hours: WeeklyHours = { 0: [{ open: '00:00', close: '03:00', slotMinutes: 60, seats: 1 }] };
    const slots = generateDaySlots({
      timeZone: 'America/Chicago',
      date: '2026-11-01',
      hours,
      closedDates: none,
    });
    expect(slots.map((s) => [s.start, s.end])).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z'],
      // 01:00–02:00 local lasts two real hours today: 01:00 CDT to 02:00 CST.
      ['2026-11-01T06:00:00.000Z', '2026-11-01T08:00:00.000Z'],
      ['2026-11-01T08:00:00.000Z', '2026-11-01T09:00:00.000Z'],
    ]);
  });

  it('a session may close at 24:00', () => {
    const hours: WeeklyHours = { 5: [{ open: '23:00', close: '24:00', slotMinutes: 30, seats: 1 }] };
    const slots = generateDaySlots({
      timeZone: 'America/New_York',
      date: '2026-03-06',
      hours,
      closedDates: none,
    });
    expect(slots.map((s) => s.end)).toEqual(['2026-03-07T04:30:00.000Z', '2026-03-07T05:00:00.000Z']);
  });

  it('rejects invalid session data', () => {
    const bad: WeeklyHours = { 5: [{ open: '08:00', close: '12:00', slotMinutes: 0, seats: 1 }] };
    expect(() =>
      generateDaySlots({ timeZone: 'America/Chicago', date: '2026-03-06', hours: bad, closedDates: none }),
    ).toThrow(RangeError);
    const badTime: WeeklyHours = { 5: [{ open: '8:00', close: '12:00', slotMinutes: 30, seats: 1 }] };
    expect(() =>
      generateDaySlots({
        timeZone: 'America/Chicago',
        date: '2026-03-06',
        hours: badTime,
        closedDates: none,
      }),
    ).toThrow(RangeError);
  });
});

describe('generateSlots', () => {
  it('covers a range across the spring change, each day converted on its own', () => {
    const slots = generateSlots({
      timeZone: 'America/Chicago',
      from: '2026-03-05',
      to: '2026-03-10',
      hours: weekdays,
      closedDates: none,
    });
    const firstOfDay = new Map<string, string>();
    for (const s of slots) if (!firstOfDay.has(s.localDate)) firstOfDay.set(s.localDate, s.start);
    expect([...firstOfDay]).toEqual([
      ['2026-03-05', '2026-03-05T14:00:00.000Z'],
      ['2026-03-06', '2026-03-06T14:00:00.000Z'],
      ['2026-03-09', '2026-03-09T13:00:00.000Z'],
      ['2026-03-10', '2026-03-10T13:00:00.000Z'],
    ]);
    expect(slots).toHaveLength(4 * 8);
  });

  it('every slot shows its declared local start on the consulate clock (property)', () => {
    const zones = [
      'America/Chicago',
      'America/Phoenix',
      'America/Denver',
      'America/Toronto',
      'America/Vancouver',
      'America/Los_Angeles',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2027-12-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(10, 15, 20, 30, 45, 60),
        (timeZone, fromDate, slotMinutes) => {
          const from = fromDate.toISOString().slice(0, 10);
          const to = new Date(fromDate.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
          const hours: WeeklyHours = {
            1: [{ open: '08:00', close: '14:00', slotMinutes, seats: 3 }],
            6: [{ open: '09:00', close: '13:00', slotMinutes, seats: 1 }],
          };
          const slots = generateSlots({ timeZone, from, to, hours, closedDates: none });
          for (const s of slots) {
            expect(localDateTimeOf(new Date(s.start), timeZone)).toBe(s.localStart);
            expect(Date.parse(s.end) - Date.parse(s.start)).toBe(slotMinutes * 60_000);
            expect(s.localStart.startsWith(s.localDate)).toBe(true);
          }
          const starts = slots.map((s) => s.start);
          expect([...starts].sort()).toEqual(starts);
        },
      ),
      { numRuns: 60 },
    );
  });
});
