import { describe, expect, it } from 'vitest';
import { consulateById, consulates } from './consulates';
import { opensOnSaturday, weeklyHoursFor } from './office-hours';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('office hours', () => {
  it('opens every consulate Monday to Friday and never on Sunday', () => {
    for (const c of consulates) {
      const hours = weeklyHoursFor(c);
      expect(hours[0], c.id).toBeUndefined();
      for (const day of [1, 2, 3, 4, 5] as const) {
        const sessions = hours[day] ?? [];
        expect(sessions.length, `${c.id} day ${day}`).toBeGreaterThan(0);
        for (const s of sessions) {
          expect(s.open).toMatch(/^\d{2}:\d{2}$/);
          expect(minutes(s.close)).toBeGreaterThan(minutes(s.open));
          expect((minutes(s.close) - minutes(s.open)) % s.slotMinutes).toBe(0);
          expect(s.seats).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives seats by size and Saturdays to large offices and some medium ones', () => {
    expect(weeklyHoursFor(consulateById('LAX')!)[1]?.[0]?.seats).toBe(6);
    expect(weeklyHoursFor(consulateById('BOS')!)[1]?.[0]?.seats).toBe(3);
    expect(weeklyHoursFor(consulateById('PRS')!)[1]?.[0]?.seats).toBe(1);
    for (const c of consulates) {
      const saturday = weeklyHoursFor(c)[6];
      expect(saturday !== undefined, c.id).toBe(opensOnSaturday(c));
      if (c.size === 'large') expect(saturday, c.id).toBeDefined();
      if (c.size === 'small') expect(saturday, c.id).toBeUndefined();
    }
    const mediumSaturdays = consulates.filter((c) => c.size === 'medium' && opensOnSaturday(c));
    expect(mediumSaturdays.length).toBeGreaterThan(0);
    expect(mediumSaturdays.length).toBeLessThan(consulates.filter((c) => c.size === 'medium').length);
  });

  it('returns a fresh object each time', () => {
    const c = consulateById('PHX')!;
    const a = weeklyHoursFor(c);
    a[1]?.push({ open: '15:00', close: '16:00', slotMinutes: 15, seats: 1 });
    expect(weeklyHoursFor(c)[1]).toHaveLength(1);
  });
});
