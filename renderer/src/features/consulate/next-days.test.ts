import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../shared/api/slots';
import { nextDaysWithSeats } from './next-days';

const slot = (localStart: string, start: string, available: number): Slot => ({
  id: `s-${start}`,
  consulateId: 'PHX',
  start,
  end: start,
  localStart,
  capacity: 10,
  available,
});

describe('nextDaysWithSeats', () => {
  const now = new Date('2026-03-02T17:00:00.000Z'); // 10:00 in Phoenix

  it('adds up the free seats per local date, in date order, skipping full days and started slots', () => {
    const slots = [
      slot('2026-03-02T09:00', '2026-03-02T16:00:00.000Z', 4), // already started
      slot('2026-03-02T11:00', '2026-03-02T18:00:00.000Z', 2),
      slot('2026-03-04T09:00', '2026-03-04T16:00:00.000Z', 3),
      slot('2026-03-04T09:20', '2026-03-04T16:20:00.000Z', 5),
      slot('2026-03-03T09:00', '2026-03-03T16:00:00.000Z', 0), // full
      // 17:30 local on the 5th is already the 6th in UTC: the local date counts.
      slot('2026-03-05T17:30', '2026-03-06T00:30:00.000Z', 1),
    ];
    expect(nextDaysWithSeats(slots, now)).toEqual([
      { date: '2026-03-02', seats: 2 },
      { date: '2026-03-04', seats: 8 },
      { date: '2026-03-05', seats: 1 },
    ]);
  });

  it('lists at most the limit', () => {
    const slots = Array.from({ length: 9 }, (_, i) =>
      slot(`2026-03-1${i}T09:00`, `2026-03-1${i}T16:00:00.000Z`, 1),
    );
    expect(nextDaysWithSeats(slots, now, 3).map((d) => d.date)).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ]);
  });
});
