import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../shared/api/slots';
import { bookableFromMs, buildGridModel, firstHoldable, isHoldable, timeStateOf } from './grid-model';

const slot = (start: string, available = 2): Slot => ({
  id: `PHX-${start}`,
  consulateId: 'PHX',
  start,
  end: start,
  localStart: '2027-03-15T08:00',
  capacity: 2,
  available,
});

describe("the grid's clock agrees with the server's lead time", () => {
  const now = Date.parse('2027-03-15T14:30:00.000Z');
  const bookable = bookableFromMs(now, 60);

  it('a time that started is past, one within the next 60 minutes is too soon, one later is bookable', () => {
    expect(timeStateOf(slot('2027-03-15T14:30:00.000Z'), now, bookable)).toBe('past');
    expect(timeStateOf(slot('2027-03-15T15:00:00.000Z'), now, bookable)).toBe('soon');
    expect(timeStateOf(slot('2027-03-15T15:30:00.000Z'), now, bookable)).toBe('soon');
    expect(timeStateOf(slot('2027-03-15T15:30:00.001Z'), now, bookable)).toBeNull();
  });

  it('offers no too-soon time to hold, even with seats, and starts the cursor on the first bookable one', () => {
    expect(isHoldable(slot('2027-03-15T15:00:00.000Z'), bookable)).toBe(false);
    expect(isHoldable(slot('2027-03-15T15:40:00.000Z'), bookable)).toBe(true);
    expect(isHoldable(slot('2027-03-15T15:40:00.000Z', 0), bookable)).toBe(false);
    const model = buildGridModel([
      { ...slot('2027-03-15T15:00:00.000Z'), localStart: '2027-03-15T08:00' },
      { ...slot('2027-03-15T15:20:00.000Z'), localStart: '2027-03-15T08:20' },
      { ...slot('2027-03-15T15:40:00.000Z'), localStart: '2027-03-15T08:40' },
    ]);
    expect(firstHoldable(model, bookable)).toEqual({ row: 0, col: 2 });
  });
});
