import { describe, expect, it } from 'vitest';
import { rangeEndsAt } from './range-end';

describe('rangeEndsAt: when a waitlist range has ended at every consulate it names', () => {
  it('is the local midnight after the last day, across the spring DST change (2027-03-14)', () => {
    // Los Angeles: the 13th ends at midnight PST (UTC−8); the 14th, the change day, ends at midnight PDT (UTC−7).
    expect(rangeEndsAt('2027-03-13', ['America/Los_Angeles'])).toBe('2027-03-14T08:00:00.000Z');
    expect(rangeEndsAt('2027-03-14', ['America/Los_Angeles'])).toBe('2027-03-15T07:00:00.000Z');
  });

  it('and the autumn change (2027-11-07)', () => {
    expect(rangeEndsAt('2027-11-06', ['America/Chicago'])).toBe('2027-11-07T05:00:00.000Z');
    expect(rangeEndsAt('2027-11-07', ['America/Chicago'])).toBe('2027-11-08T06:00:00.000Z');
  });

  it('never moves in Arizona (America/Phoenix, UTC−7 all year)', () => {
    expect(rangeEndsAt('2027-03-14', ['America/Phoenix'])).toBe('2027-03-15T07:00:00.000Z');
    expect(rangeEndsAt('2027-11-07', ['America/Phoenix'])).toBe('2027-11-08T07:00:00.000Z');
  });

  it('waits for the westernmost consulate named', () => {
    expect(rangeEndsAt('2027-01-10', ['America/Toronto', 'America/Los_Angeles'])).toBe(
      '2027-01-11T08:00:00.000Z',
    );
    expect(rangeEndsAt('2027-03-14', ['America/Phoenix', 'America/Los_Angeles'])).toBe(
      '2027-03-15T07:00:00.000Z',
    );
  });
});
