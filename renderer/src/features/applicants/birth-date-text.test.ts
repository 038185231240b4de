import { describe, expect, it } from 'vitest';
import { birthDateText, readBirthDate } from './birth-date-text';

const TODAY = '2026-03-15';
const read = (text: string) => readBirthDate(text, TODAY);

describe('reading a typed birth date', () => {
  it('takes day, month and a four-digit year, with or without separators', () => {
    for (const text of ['31/12/1990', '31-12-1990', '31.12.1990', '31 12 1990', '31121990', ' 31/12/1990 '])
      expect(read(text), text).toEqual({ kind: 'date', iso: '1990-12-31' });
    expect(read('1/2/1990')).toEqual({ kind: 'date', iso: '1990-02-01' });
    expect(read('01021990')).toEqual({ kind: 'date', iso: '1990-02-01' });
  });

  it('takes a date written year first (ISO), which cannot be read as a day', () => {
    expect(read('1990-12-31')).toEqual({ kind: 'date', iso: '1990-12-31' });
  });

  it('never turns a date still being typed into another year: it is incomplete', () => {
    for (const text of [
      '3',
      '31',
      '3112',
      '311219',
      '3112199',
      '31/12/199',
      '31/12/90',
      '311219901',
      '31/12/19900',
    ])
      expect(read(text), text).toEqual({ kind: 'incomplete' });
    expect(read('el 31 de diciembre')).toEqual({ kind: 'incomplete' });
  });

  it('refuses days the calendar does not have', () => {
    expect(read('31/02/1990')).toEqual({ kind: 'impossible' });
    expect(read('29/02/1991')).toEqual({ kind: 'impossible' });
    expect(read('29/02/1992')).toEqual({ kind: 'date', iso: '1992-02-29' });
    expect(read('12/13/1990')).toEqual({ kind: 'impossible' });
    expect(read('00/01/1990')).toEqual({ kind: 'impossible' });
    expect(read('31/04/1990')).toEqual({ kind: 'impossible' });
  });

  it('refuses a date after today, and takes today itself (a newborn)', () => {
    expect(read('16/03/2026')).toEqual({ kind: 'future' });
    expect(read('15/03/2026')).toEqual({ kind: 'date', iso: '2026-03-15' });
  });

  it('refuses a birth more than 120 years ago (a mistyped year)', () => {
    expect(read('14/03/1906')).toEqual({ kind: 'tooOld' });
    expect(read('15/03/1906')).toEqual({ kind: 'date', iso: '1906-03-15' });
    expect(read('01/01/0990')).toEqual({ kind: 'tooOld' });
  });

  it('is empty when nothing is typed', () => {
    expect(read('   ')).toEqual({ kind: 'empty' });
  });
});

describe('showing a birth date in the field', () => {
  it('writes it day, month, year, as it is typed', () => {
    expect(birthDateText('1990-02-01')).toBe('01/02/1990');
    expect(read(birthDateText('1987-11-09'))).toEqual({ kind: 'date', iso: '1987-11-09' });
  });
});
