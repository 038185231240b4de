import { describe, expect, it } from 'vitest';
import type { Consulate } from '../../../shared/api/reference/consulates';
import { matchConsulates } from './match-consulates';

const c = (id: string, city: string, region: string, country: 'US' | 'CA' = 'US'): Consulate => ({
  id,
  city,
  region,
  country,
  timeZone: 'America/Chicago',
  name: `Consulado de México en ${city}`,
  minLeadMinutes: 60,
  bookingHorizonDays: 92,
});
// As GET /api/consulates names them (English city names, state and province codes).
const consulates = [
  c('NYC', 'New York', 'NY'),
  c('NBR', 'New Brunswick', 'NJ'),
  c('PHL', 'Philadelphia', 'PA'),
  c('RAL', 'Raleigh', 'NC'),
  c('WAS', 'Washington', 'DC'),
  c('AUS', 'Austin', 'TX'),
  c('DAL', 'Dallas', 'TX'),
  c('HOU', 'Houston', 'TX'),
  c('SAT', 'San Antonio', 'TX'),
  c('MSY', 'New Orleans', 'LA'),
  c('STP', 'Saint Paul', 'MN'),
  c('ABQ', 'Albuquerque', 'NM'),
  c('LAX', 'Los Angeles', 'CA'),
  c('SAC', 'Sacramento', 'CA'),
  c('SBD', 'San Bernardino', 'CA'),
  c('SAN', 'San Diego', 'CA'),
  c('SFO', 'San Francisco', 'CA'),
  c('SJC', 'San Jose', 'CA'),
  c('SNA', 'Santa Ana', 'CA'),
  c('SEA', 'Seattle', 'WA'),
  c('YYZ', 'Toronto', 'ON', 'CA'),
  c('LEA', 'Leamington', 'ON', 'CA'),
  c('YVR', 'Vancouver', 'BC', 'CA'),
];
const ids = (q: string) => matchConsulates(consulates, q).map((x) => x.id);

describe('matchConsulates with the names callers use', () => {
  it('finds cities by their Spanish names', () => {
    expect(ids('Nueva York')[0]).toBe('NYC');
    expect(ids('nueva york')).toEqual(['NYC']);
    expect(ids('Filadelfia')).toEqual(['PHL']);
    expect(ids('Nueva Orleáns')).toEqual(['MSY']);
    expect(ids('nueva orleans')).toEqual(['MSY']);
    expect(ids('San Pablo')).toEqual(['STP']);
    expect(ids('Los Ángeles')[0]).toBe('LAX');
    expect(ids('San José')[0]).toBe('SJC');
  });

  it('lists every San… for "San", and puts San Diego first for "San Diego" and San Antonio for "San Antonio"', () => {
    expect(ids('San')).toEqual(expect.arrayContaining(['SAT', 'SBD', 'SAN', 'SFO', 'SJC', 'SNA', 'STP']));
    expect(ids('San Diego')[0]).toBe('SAN');
    expect(ids('san antonio')[0]).toBe('SAT');
    expect(ids('san fran')).toEqual(['SFO']);
  });

  it('finds the consulates of a state by its code or its English or Spanish name', () => {
    const texas = ['AUS', 'DAL', 'HOU', 'SAT'];
    expect(ids('TX').sort()).toEqual(texas);
    expect(ids('Texas').sort()).toEqual(texas);
    expect(ids('Tejas').sort()).toEqual(texas);
    expect(ids('California')).toHaveLength(7);
    expect(ids('Carolina del Norte')).toEqual(['RAL']);
    expect(ids('Nuevo México')[0]).toBe('ABQ');
    expect(ids('Nueva Jersey')).toEqual(['NBR']);
    expect(ids('ON').sort()).toEqual(['LEA', 'YYZ']);
    expect(ids('Ontario').sort()).toEqual(['LEA', 'YYZ']);
    expect(ids('BC')).toEqual(['YVR']);
    expect(ids('Columbia Británica')).toEqual(['YVR']);
  });

  it('ranks the city before the state of the same name', () => {
    expect(ids('Washington')).toEqual(['WAS', 'SEA']);
    expect(ids('New York')[0]).toBe('NYC');
  });

  it('forgives one typo in a word of 4 letters or more, ranked after exact matches', () => {
    expect(ids('Filadelfya')).toEqual(['PHL']);
    expect(ids('Huoston')).toEqual(['HOU']);
    expect(ids('Dalas')).toEqual(['DAL']);
    expect(ids('Sacremento')).toEqual(['SAC']);
    expect(ids('san deigo')[0]).toBe('SAN');
    expect(ids('Tejsa').sort()).toEqual(['AUS', 'DAL', 'HOU', 'SAT']);
    // Three letters are too few to guess from.
    expect(ids('Dal')).toEqual(['DAL']);
    expect(ids('Hsu')).toEqual([]);
  });

  it('finds nothing for what names no consulate', () => {
    expect(ids('Zacatecas')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });
});
