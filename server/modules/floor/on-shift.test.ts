import { describe, expect, it } from 'vitest';
import { isScheduledNow, type ScheduledShift } from './on-shift';

// Mexico City is UTC−6: 15:00 UTC is 09:00 there. 2026-03-09 is a Monday (ISO 1).
const at = (isoUtc: string) => new Date(isoUtc);
const monday = (start_time: string, end_time: string): ScheduledShift => ({
  weekday: 1,
  start_time,
  end_time,
});

describe('scheduled now', () => {
  it('is true from the start of a shift of today, up to but not at its end', () => {
    const shifts = [monday('09:00', '13:00')];
    expect(isScheduledNow(shifts, at('2026-03-09T14:59:00.000Z'))).toBe(false); // 08:59
    expect(isScheduledNow(shifts, at('2026-03-09T15:00:00.000Z'))).toBe(true); // 09:00
    expect(isScheduledNow(shifts, at('2026-03-09T18:59:00.000Z'))).toBe(true); // 12:59
    expect(isScheduledNow(shifts, at('2026-03-09T19:00:00.000Z'))).toBe(false); // 13:00
  });

  it("ignores shifts of other weekdays, on the call center's date rather than the UTC date", () => {
    // 03:00 UTC on Tuesday 10 March is still Monday 9 March, 21:00, in Mexico City: phones closed.
    expect(isScheduledNow([monday('08:00', '24:00')], at('2026-03-10T03:00:00.000Z'))).toBe(false);
    expect(
      isScheduledNow(
        [{ weekday: 2, start_time: '08:00', end_time: '12:00' }],
        at('2026-03-09T15:00:00.000Z'),
      ),
    ).toBe(false);
    // 02:30 UTC Tuesday = Monday 20:30 local: a Monday shift to 21:00 counts.
    expect(isScheduledNow([monday('14:00', '21:00')], at('2026-03-10T02:30:00.000Z'))).toBe(true);
  });

  it('clips shifts to the phone hours of the day: weekdays 8–21, weekends and holidays 9–18', () => {
    const early = [monday('07:00', '10:00')];
    expect(isScheduledNow(early, at('2026-03-09T13:30:00.000Z'))).toBe(false); // 07:30, phones closed
    expect(isScheduledNow(early, at('2026-03-09T14:30:00.000Z'))).toBe(true); // 08:30
    // Saturday 14 March (ISO 6), 08:30 local: shift from 08:00 but phones open at 09:00.
    const saturday = [{ weekday: 6, start_time: '08:00', end_time: '20:00' }];
    expect(isScheduledNow(saturday, at('2026-03-14T14:30:00.000Z'))).toBe(false);
    expect(isScheduledNow(saturday, at('2026-03-14T15:30:00.000Z'))).toBe(true);
    expect(isScheduledNow(saturday, at('2026-03-15T00:30:00.000Z'))).toBe(false); // 18:30
  });

  it('is false without any shift', () => {
    expect(isScheduledNow([], at('2026-03-09T16:00:00.000Z'))).toBe(false);
  });
});
