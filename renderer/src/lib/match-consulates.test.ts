import { describe, expect, it } from 'vitest';
import type { Consulate } from '../../../shared/api/reference/consulates';
import { defaultOrder, matchConsulates } from './match-consulates';

const c = (id: string, city: string, region: string, timeZone = 'America/Los_Angeles'): Consulate => ({
  id,
  city,
  region,
  country: 'US',
  timeZone,
  name: `Consulado de México en ${city}`,
  minLeadMinutes: 60,
  bookingHorizonDays: 92,
});
const consulates = [
  c('PHL', 'Philadelphia', 'PA', 'America/New_York'),
  c('PHX', 'Phoenix', 'AZ', 'America/Phoenix'),
  c('TUS', 'Tucson', 'AZ', 'America/Phoenix'),
  c('SAN', 'San Diego', 'CA'),
  c('SJC', 'San Jose', 'CA'),
  c('SAT', 'San Antonio', 'TX', 'America/Chicago'),
  c('YUL', 'Montreal', 'QC', 'America/Toronto'),
  c('LAX', 'Los Angeles', 'CA'),
];
const ids = (list: Consulate[]) => list.map((x) => x.id);

describe('matchConsulates', () => {
  it('finds a consulate by its code, in any case', () => {
    expect(ids(matchConsulates(consulates, 'PHX'))[0]).toBe('PHX');
    expect(ids(matchConsulates(consulates, 'phx'))[0]).toBe('PHX');
  });

  it('finds a consulate by the start of its city, accents and case ignored', () => {
    expect(ids(matchConsulates(consulates, 'phoe'))).toEqual(['PHX']);
    expect(ids(matchConsulates(consulates, 'san jose'))[0]).toBe('SJC');
    expect(ids(matchConsulates(consulates, 'San José'))[0]).toBe('SJC');
    expect(ids(matchConsulates(consulates, 'montréal'))).toEqual(['YUL']);
  });

  it('ranks an exact code above cities that merely start the same way', () => {
    expect(ids(matchConsulates(consulates, 'san'))).toEqual(['SAN', 'SAT', 'SJC']);
    expect(ids(matchConsulates(consulates, 'ph'))).toEqual(['PHL', 'PHX']);
  });

  it('finds a word inside the city, the state, or words spread over name and state', () => {
    expect(ids(matchConsulates(consulates, 'jose'))).toEqual(['SJC']);
    expect(ids(matchConsulates(consulates, 'angeles'))).toEqual(['LAX']);
    expect(ids(matchConsulates(consulates, 'AZ'))).toEqual(['PHX', 'TUS']);
    expect(ids(matchConsulates(consulates, 'diego ca'))).toEqual(['SAN']);
  });

  it('returns nothing for an empty or unknown query, and at most the limit', () => {
    expect(matchConsulates(consulates, '  ')).toEqual([]);
    expect(matchConsulates(consulates, 'zzz')).toEqual([]);
    expect(matchConsulates(consulates, 'a', 2)).toHaveLength(2);
  });
});

describe('defaultOrder', () => {
  it('puts the chosen and the suggested consulates first, then the rest by city', () => {
    expect(ids(defaultOrder(consulates, ['TUS', 'PHX'])).slice(0, 4)).toEqual(['TUS', 'PHX', 'LAX', 'YUL']);
    expect(ids(defaultOrder(consulates, [null, 'TUS', 'TUS'])).slice(0, 2)).toEqual(['TUS', 'LAX']);
    expect(defaultOrder(consulates, [null])).toHaveLength(consulates.length);
  });
});
