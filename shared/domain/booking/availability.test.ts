import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableSeats, canSetCapacity } from './availability';

describe('availableSeats', () => {
  it('subtracts held and booked seats', () => {
    expect(availableSeats({ capacity: 4, held: 1, booked: 2 })).toBe(1);
    expect(availableSeats({ capacity: 4, held: 0, booked: 0 })).toBe(4);
    expect(availableSeats({ capacity: 4, held: 2, booked: 2 })).toBe(0);
  });

  it('never goes negative when capacity was cut below the counts', () => {
    expect(availableSeats({ capacity: 1, held: 1, booked: 2 })).toBe(0);
  });
});

describe('canSetCapacity', () => {
  it('allows any capacity that still covers held and booked seats', () => {
    const c = { capacity: 4, held: 1, booked: 2 };
    expect(canSetCapacity(c, 3)).toBe(true);
    expect(canSetCapacity(c, 10)).toBe(true);
    expect(canSetCapacity(c, 2)).toBe(false);
    expect(canSetCapacity({ capacity: 4, held: 0, booked: 0 }, 0)).toBe(true); // closing an empty slot
    expect(canSetCapacity({ capacity: 4, held: 0, booked: 0 }, -1)).toBe(false);
    expect(canSetCapacity(c, 3.5)).toBe(false);
  });

  it('after an allowed change, seats on offer are the new capacity minus the taken ones (property)', () => {
    const n = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(n, n, n, n, (capacity, held, booked, next) => {
        const c = { capacity, held, booked };
        const available = availableSeats(c);
        expect(available).toBeGreaterThanOrEqual(0);
        expect(available).toBeLessThanOrEqual(capacity);
        if (canSetCapacity(c, next))
          expect(availableSeats({ ...c, capacity: next })).toBe(next - held - booked);
        else expect(next).toBeLessThan(held + booked);
      }),
    );
  });
});
