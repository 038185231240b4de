import { describe, expect, it } from 'vitest';
import { zonedWallTimeToUtc } from '../../../../shared/domain/time/zoned-time';
import { reminderDue, reminderTime } from './reminder-time';

const HOUR = 3_600_000;
const hoursBefore = (localStart: string, zone: string) => {
  const [date, time] = localStart.split('T') as [string, string];
  return (zonedWallTimeToUtc(date, time, zone).getTime() - reminderTime(localStart, zone).getTime()) / HOUR;
};

describe('reminderTime: two days before on the consulate clock', () => {
  it('Denver across the spring change (2027-03-14): 9:00 on the 13th MST, 47 real hours before', () => {
    expect(reminderTime('2027-03-15T09:00', 'America/Denver').toISOString()).toBe('2027-03-13T16:00:00.000Z');
    expect(hoursBefore('2027-03-15T09:00', 'America/Denver')).toBe(47);
  });

  it('Phoenix on the same dates keeps its clock (no DST): 48 hours', () => {
    expect(reminderTime('2027-03-15T09:00', 'America/Phoenix').toISOString()).toBe(
      '2027-03-13T16:00:00.000Z',
    );
    expect(hoursBefore('2027-03-15T09:00', 'America/Phoenix')).toBe(48);
  });

  it('Denver across the autumn change (2027-11-07): 49 real hours', () => {
    expect(reminderTime('2027-11-08T09:00', 'America/Denver').toISOString()).toBe('2027-11-06T15:00:00.000Z');
    expect(hoursBefore('2027-11-08T09:00', 'America/Denver')).toBe(49);
  });

  it('away from a change it is 48 hours, across a month end', () => {
    expect(reminderTime('2027-04-01T13:30', 'America/Toronto').toISOString()).toBe(
      '2027-03-30T17:30:00.000Z',
    );
    expect(hoursBefore('2027-04-01T13:30', 'America/Toronto')).toBe(48);
  });
});

describe('reminderDue', () => {
  it('is the reminder time while it is still ahead', () => {
    const now = new Date('2027-03-13T15:59:00.000Z');
    expect(reminderDue('2027-03-15T09:00', 'America/Denver', now)?.toISOString()).toBe(
      '2027-03-13T16:00:00.000Z',
    );
  });

  it('is none for an appointment less than 48 hours (on the consulate clock) away', () => {
    expect(
      reminderDue('2027-03-15T09:00', 'America/Denver', new Date('2027-03-13T16:00:00.000Z')),
    ).toBeNull();
    expect(
      reminderDue('2027-03-15T09:00', 'America/Denver', new Date('2027-03-14T10:00:00.000Z')),
    ).toBeNull();
  });
});
