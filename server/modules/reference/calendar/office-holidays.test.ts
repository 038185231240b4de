import { describe, expect, it } from 'vitest';
import { mexicanHolidays } from '../../../../shared/domain/calendar/holidays';
import { weekdayOf } from '../../../../shared/domain/time/local-date';
import { consulates } from '../consulates';
import { consularCalendar } from './consular-calendar-data';
import { publicHolidays } from './library-holidays';
import {
  canadianHolidays,
  consularDays,
  mexicanRestDays,
  nameOfLibraryHoliday,
  officeHolidaysOf,
  usFederalHolidays,
} from './office-holidays';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const consulate = (id: string) => consulates.find((c) => c.id === id)!;
const datesOf = (id: string, year: number) => officeHolidaysOf(consulate(id), year).map((d) => d.date);
const closedAt = (id: string, date: string) => datesOf(id, Number(date.slice(0, 4))).includes(date);
const observed = (days: { date: string; name: { en: string } }[]) =>
  days.filter((d) => d.name.en.endsWith('(observed)')).map((d) => d.date);

describe('US consulates: the 11 federal holidays on their date and their observed weekday', () => {
  it('takes exactly the 11 federal holidays from date-holidays each year', () => {
    for (const year of YEARS) {
      expect(
        publicHolidays('US', null, year)
          .map((d) => d.name)
          .sort(),
      ).toEqual(
        [
          'Christmas Day',
          'Columbus Day',
          'Independence Day',
          'Juneteenth',
          'Labour Day',
          'Martin Luther King Jr. Day',
          'Memorial Day',
          "New Year's Day",
          'Thanksgiving Day',
          'Veterans Day',
          "Washington's Birthday",
        ].sort(),
      );
    }
  });

  it('closes every weekend holiday of 2026–2030 on its observed weekday too (5 U.S.C. 6103(b))', () => {
    expect(YEARS.flatMap((year) => observed(usFederalHolidays(year)))).toEqual([
      '2026-07-03', // Independence Day, Saturday
      '2027-06-18', // Juneteenth, Saturday
      '2027-07-05', // Independence Day, Sunday
      '2027-12-24', // Christmas, Saturday
      '2027-12-31', // New Year's Day 2028, Saturday: observed in 2027
      '2028-11-10', // Veterans Day, Saturday (date-holidays 3.37.0 types this one 'bank')
      '2029-11-12', // Veterans Day, Sunday
    ]);
    for (const date of [
      '2026-07-04',
      '2027-06-19',
      '2027-07-04',
      '2027-12-25',
      '2028-01-01',
      '2028-11-11',
      '2029-11-11',
    ])
      expect(closedAt('LAX', date)).toBe(true);
  });

  it('closes MLK Day 2027-01-18 and every other Monday holiday of 2027', () => {
    for (const date of ['2027-01-18', '2027-02-15', '2027-05-31', '2027-09-06', '2027-10-11'])
      expect(closedAt('LAX', date)).toBe(true);
    expect(officeHolidaysOf(consulate('LAX'), 2027).find((d) => d.date === '2027-01-18')?.name).toEqual({
      es: 'Natalicio de Martin Luther King Jr. (EE. UU.)',
      en: 'Martin Luther King Jr. Day',
    });
    expect(officeHolidaysOf(consulate('LAX'), 2027).find((d) => d.date === '2027-12-31')?.name).toEqual({
      es: 'Año Nuevo (día feriado observado)',
      en: "New Year's Day (observed)",
    });
  });

  it('gives Arizona (no DST) and every other US consulate the same list', () => {
    const us = consulates.filter((c) => c.country === 'US');
    expect(us.length).toBe(52);
    for (const year of YEARS) {
      const expected = datesOf('LAX', year);
      for (const c of us) expect(datesOf(c.id, year)).toEqual(expected);
    }
    for (const id of ['PHX', 'TUS', 'NOG', 'DGL', 'YUM']) expect(closedAt(id, '2027-01-18')).toBe(true);
  });
});

describe('Canadian consulates: their province, observed on the next free weekday', () => {
  it('observes weekend holidays of 2026–2030 on the next weekday that is not a holiday', () => {
    const common = [
      '2026-12-28',
      '2027-12-27',
      '2027-12-28',
      '2028-01-03',
      '2028-07-03',
      '2028-10-02',
      '2029-07-02',
      '2029-10-01',
    ];
    const byProvince = (p: 'ON' | 'QC' | 'BC' | 'AB') =>
      YEARS.flatMap((year) => observed(canadianHolidays(p, year)));
    // Boxing Day 2026 (Sat) → Mon 28; Christmas 2027 (Sat) → Mon 27, Boxing Day (Sun) → Tue 28;
    // New Year 2028 (Sat) → Mon 3; Canada Day 2028 (Sat) → Mon 3, 2029 (Sun) → Mon 2;
    // Truth and Reconciliation 2028 (Sat) → Mon 2 Oct, 2029 (Sun) → Mon 1 Oct.
    expect(byProvince('ON')).toEqual(common);
    expect(byProvince('QC')).toEqual([...common, '2028-06-26', '2029-06-25'].sort()); // Saint-Jean-Baptiste Sat, Sun
    expect(byProvince('BC')).toEqual([...common, '2028-11-13', '2029-11-12'].sort()); // Remembrance Day Sat, Sun
    expect(byProvince('AB')).toEqual([...common, '2028-11-13', '2029-11-12'].sort());
  });

  it('closes each province on its own days in 2027: QC vs ON vs BC vs AB', () => {
    const days = {
      family: '2027-02-15',
      goodFriday: '2027-03-26',
      easterMonday: '2027-03-29',
      victoriaOrPatriots: '2027-05-24',
      saintJean: '2027-06-24',
      canada: '2027-07-01',
      civic: '2027-08-02',
      labour: '2027-09-06',
      truth: '2027-09-30',
      thanksgiving: '2027-10-11',
      remembrance: '2027-11-11',
      boxingObserved: '2027-12-28',
    };
    const closed = (id: string) =>
      Object.fromEntries(Object.entries(days).map(([k, date]) => [k, closedAt(id, date)]));
    const everywhere = {
      goodFriday: true,
      easterMonday: false,
      victoriaOrPatriots: true,
      canada: true,
      labour: true,
      truth: true,
      thanksgiving: true,
      boxingObserved: true,
    };
    expect(closed('YYZ')).toEqual({
      ...everywhere,
      family: true,
      saintJean: false,
      civic: true,
      remembrance: false,
    });
    expect(closed('LEA')).toEqual(closed('YYZ'));
    expect(closed('YUL')).toEqual({
      ...everywhere,
      family: false,
      saintJean: true,
      civic: false,
      remembrance: false,
    });
    expect(closed('YVR')).toEqual({
      ...everywhere,
      family: true,
      saintJean: false,
      civic: true,
      remembrance: true,
    });
    expect(closed('YYC')).toEqual({
      ...everywhere,
      family: true,
      saintJean: false,
      civic: true,
      remembrance: true,
    });
  });

  it("keeps US-only holidays open in Canada and Canada's own days open in the US", () => {
    for (const id of ['YYZ', 'LEA', 'YUL', 'YYC', 'YVR']) {
      expect(closedAt(id, '2027-01-18')).toBe(false); // MLK
      expect(closedAt(id, '2027-06-18')).toBe(false); // Juneteenth observed
      expect(closedAt(id, '2027-11-25')).toBe(false); // US Thanksgiving
    }
    expect(closedAt('LAX', '2027-05-24')).toBe(false); // Victoria Day
    expect(closedAt('LAX', '2027-02-15')).toBe(true); // Presidents' Day falls on Family Day in 2027
    expect(closedAt('LAX', '2028-02-21')).toBe(true);
    expect(closedAt('LAX', '2027-07-01')).toBe(false); // Canada Day
  });

  it('names the provincial days for the operator', () => {
    expect(officeHolidaysOf(consulate('YUL'), 2027).find((d) => d.date === '2027-06-24')?.name.es).toBe(
      'Día de San Juan Bautista (Fiesta Nacional de Quebec)',
    );
    expect(officeHolidaysOf(consulate('YYZ'), 2027).find((d) => d.date === '2027-12-28')?.name.en).toBe(
      'Boxing Day (observed)',
    );
  });
});

describe('Mexico and the consular calendar, at every consulate', () => {
  it('closes Holy Thursday and Good Friday, moving with Easter, 2026–2030', () => {
    const holyWeek = {
      2026: ['2026-04-02', '2026-04-03'],
      2027: ['2027-03-25', '2027-03-26'],
      2028: ['2028-04-13', '2028-04-14'],
      2029: ['2029-03-29', '2029-03-30'],
      2030: ['2030-04-18', '2030-04-19'],
    };
    for (const year of YEARS) {
      const days = consularDays(year).filter(
        (d) => d.name.es === 'Jueves Santo' || d.name.es === 'Viernes Santo',
      );
      expect(days.map((d) => d.date)).toEqual(holyWeek[year as keyof typeof holyWeek]);
      expect(days.map((d) => weekdayOf(d.date))).toEqual([4, 5]);
      for (const c of consulates)
        for (const date of days.map((d) => d.date)) expect(closedAt(c.id, date)).toBe(true);
    }
  });

  it('closes 2 November and 12 December, even on a Saturday (never moved)', () => {
    for (const c of consulates)
      for (const year of YEARS)
        expect(datesOf(c.id, year)).toEqual(expect.arrayContaining([`${year}-11-02`, `${year}-12-12`]));
    expect(weekdayOf('2030-11-02')).toBe(6);
    expect(datesOf('LAX', 2030)).not.toContain('2030-11-01');
  });

  it('closes 1 October 2030 (presidential inauguration since the 2024 reform), not 1 December 2030', () => {
    for (const c of consulates) {
      expect(closedAt(c.id, '2030-10-01')).toBe(true);
      expect(closedAt(c.id, '2030-12-01')).toBe(false);
    }
    for (const year of [2026, 2027, 2028, 2029]) expect(closedAt('LAX', `${year}-10-01`)).toBe(false);
  });

  it("matches the call center's own rule (shared/domain/calendar) for 2026–2030, with the 2030 correction", () => {
    for (const year of YEARS) {
      expect(mexicanHolidays(year).map((d) => d.date)).toEqual(mexicanRestDays(year).map((d) => d.date));
      expect(mexicanHolidays(year).map((d) => d.name.es)).toEqual(
        mexicanRestDays(year).map((d) => d.name.es),
      );
    }
    // date-holidays itself still has the old day: the correction is what makes them agree.
    expect(publicHolidays('MX', null, 2030).map((d) => d.date)).toContain('2030-12-01');
  });

  it('shows one reason per date, the Mexican one where two calendars meet', () => {
    const christmas = officeHolidaysOf(consulate('LAX'), 2026).filter((d) => d.date === '2026-12-25');
    expect(christmas).toEqual([expect.objectContaining({ name: { es: 'Navidad', en: 'Christmas Day' } })]);
    for (const c of consulates) {
      for (const year of YEARS) {
        const dates = datesOf(c.id, year);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
      }
    }
  });

  it("has the operator's names for every library holiday that closes a consulate in 2026–2030", () => {
    const data = consularCalendar();
    const dropped = new Set([...data.mexico.corrections.drop, ...data.canada.drop].map((d) => d.rule));
    const regions = [
      ['MX', null],
      ['US', null],
      ['CA', 'ON'],
      ['CA', 'QC'],
      ['CA', 'BC'],
      ['CA', 'AB'],
    ] as const;
    for (const [country, region] of regions) {
      for (const year of YEARS) {
        for (const day of publicHolidays(country, region, year).filter((d) => !dropped.has(d.rule)))
          expect(nameOfLibraryHoliday(country, day.name), `${country} ${day.name}`).not.toBeNull();
      }
    }
  });
});
