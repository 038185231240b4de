import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../shared/api/slots';
import { addDays } from '../../../../shared/domain/time/local-date';
import { buildGridModel } from './grid-model';
import { nextPosition } from './grid-navigation';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

// Weekdays only, three times a day, over four weeks starting on a Monday.
const slots: Slot[] = [];
for (let d = 0; d < 28; d++) {
  const date = addDays('2099-11-30', d);
  if (d % 7 >= 5) continue;
  for (const time of ['08:00', '08:15', '08:30']) {
    slots.push({
      id: `${date}${time}`,
      consulateId: 'PHX',
      start: '2099-01-01T00:00:00.000Z',
      end: '2099-01-01T00:00:00.000Z',
      localStart: `${date}T${time}`,
      capacity: 1,
      available: 1,
    });
  }
}
const model = buildGridModel(slots);

describe('moving around the slot grid with the keyboard', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextPosition(model, { row: 0, col: 0 }, key('ArrowRight'))).toEqual({ row: 0, col: 1 });
    expect(nextPosition(model, { row: 0, col: 2 }, key('ArrowRight'))).toEqual({ row: 0, col: 2 });
    expect(nextPosition(model, { row: 0, col: 0 }, key('ArrowLeft'))).toEqual({ row: 0, col: 0 });
    expect(nextPosition(model, { row: 0, col: 1 }, key('ArrowDown'))).toEqual({ row: 1, col: 1 });
    expect(nextPosition(model, { row: 0, col: 1 }, key('ArrowUp'))).toEqual({ row: 0, col: 1 });
  });

  it('goes to the ends of the row with Home and End, of the grid with Ctrl', () => {
    expect(nextPosition(model, { row: 3, col: 1 }, key('Home'))).toEqual({ row: 3, col: 0 });
    expect(nextPosition(model, { row: 3, col: 1 }, key('End'))).toEqual({ row: 3, col: 2 });
    expect(nextPosition(model, { row: 3, col: 1 }, key('Home', { ctrlKey: true }))).toEqual({
      row: 0,
      col: 0,
    });
    expect(nextPosition(model, { row: 3, col: 1 }, key('End', { ctrlKey: true }))).toEqual({
      row: model.rows.length - 1,
      col: 2,
    });
  });

  it('jumps a calendar week with PageDown and PageUp, over the days not shown', () => {
    // Row 0 is Monday 30 Nov; a week later is Monday 7 Dec, row 5 (weekend not shown).
    expect(model.rows[5]?.date).toBe('2099-12-07');
    expect(nextPosition(model, { row: 0, col: 2 }, key('PageDown'))).toEqual({ row: 5, col: 2 });
    expect(nextPosition(model, { row: 5, col: 2 }, key('PageUp'))).toEqual({ row: 0, col: 2 });
    // Friday 4 Dec back a week is Friday 27 Nov, before the grid: the first row.
    expect(nextPosition(model, { row: 4, col: 0 }, key('PageUp'))).toEqual({ row: 0, col: 0 });
    expect(nextPosition(model, { row: model.rows.length - 2, col: 0 }, key('PageDown'))).toEqual({
      row: model.rows.length - 1,
      col: 0,
    });
  });

  it('leaves other keys alone (Alt+H holds, letters are not navigation)', () => {
    expect(nextPosition(model, { row: 0, col: 0 }, key('h', { altKey: true }))).toBeNull();
    expect(nextPosition(model, { row: 0, col: 0 }, key('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(nextPosition(model, { row: 0, col: 0 }, key('x'))).toBeNull();
  });
});
