import { describe, expect, it } from 'vitest';
import { isoWeekdayOf } from '../../../../shared/domain/floor/call-center';
import {
  formFromShifts,
  sampleDateOf,
  shiftsFromForm,
  weekdays,
  withRow,
  withTime,
  withoutRow,
} from './schedule-form';

describe('the weekly schedule form', () => {
  it('shows each day’s shifts by start time, and an empty row for a day off', () => {
    const form = formFromShifts([
      { weekday: 2, start: '15:00', end: '21:00' },
      { weekday: 2, start: '08:00', end: '12:00' },
      { weekday: 6, start: '09:00', end: '18:00' },
    ]);
    expect(form[2]).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '15:00', end: '21:00' },
    ]);
    expect(form[6]).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(form[1]).toEqual([{ start: '', end: '' }]);
  });

  it('sends the filled rows, Monday first, and leaves empty days out', () => {
    let form = formFromShifts([]);
    form = withTime(withTime(form, 6, 0, 'start', '10:00'), 6, 0, 'end', '14:00');
    form = withTime(withTime(form, 1, 0, 'start', '08:00:00'), 1, 0, 'end', '16:00');
    expect(shiftsFromForm(form)).toEqual({
      ok: true,
      body: {
        shifts: [
          { weekday: 1, start: '08:00', end: '16:00' },
          { weekday: 6, start: '10:00', end: '14:00' },
        ],
      },
    });
  });

  it('refuses a row with one time only, naming its day', () => {
    const form = withTime(formFromShifts([]), 3, 0, 'start', '09:00');
    expect(shiftsFromForm(form)).toEqual({ ok: false, error: { weekday: 3, problem: 'incomplete' } });
  });

  it('adds a second shift to a day, at most two, and removing the last leaves an empty row', () => {
    const form = withRow(withRow(withRow(formFromShifts([]), 4), 4), 4);
    expect(form[4]).toHaveLength(2);
    expect(withoutRow(withoutRow(form, 4, 0), 4, 0)[4]).toEqual([{ start: '', end: '' }]);
  });

  it('names each weekday by a date that falls on it', () => {
    expect(weekdays.map((d) => isoWeekdayOf(sampleDateOf(d)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
