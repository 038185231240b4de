import { describe, expect, it } from 'vitest';
import { formatCountdown, holdPhase, observedDuration, remainingMs, warningThresholdMs } from './countdown';

describe('the hold countdown', () => {
  it('reads as mm:ss, rounding the last fraction of a second up', () => {
    expect(formatCountdown(300_000, 'es-MX')).toBe('05:00');
    expect(formatCountdown(299_001, 'en')).toBe('05:00');
    expect(formatCountdown(61_000, 'en')).toBe('01:01');
    expect(formatCountdown(200, 'en')).toBe('00:01');
    expect(formatCountdown(0, 'en')).toBe('00:00');
    expect(formatCountdown(-5, 'en')).toBe('00:00');
  });

  it('counts down to the expiry and never below zero', () => {
    const now = Date.parse('2026-12-01T10:00:00.000Z');
    expect(remainingMs('2026-12-01T10:05:00.000Z', now)).toBe(300_000);
    expect(remainingMs('2026-12-01T09:59:00.000Z', now)).toBe(0);
  });

  it('warns when at most a minute, or 40 % of a short hold, remains', () => {
    expect(warningThresholdMs(300_000)).toBe(60_000);
    expect(warningThresholdMs(100_000)).toBe(40_000);
    expect(holdPhase(61_000, 300_000)).toBe('calm');
    expect(holdPhase(60_000, 300_000)).toBe('warning');
    expect(holdPhase(41_000, 100_000)).toBe('calm');
    expect(holdPhase(40_000, 100_000)).toBe('warning');
    expect(holdPhase(0, 300_000)).toBe('expired');
  });

  it('keeps the full duration of the hold as first seen or as extended, never shrinking it', () => {
    const seenAt = Date.parse('2026-12-01T10:00:00.000Z');
    const full = observedDuration(undefined, '2026-12-01T10:05:00.000Z', seenAt);
    expect(full).toBe(300_000);
    // A minute later the same hold has 4 minutes left: still a 5-minute hold.
    expect(observedDuration(full, '2026-12-01T10:05:00.000Z', seenAt + 60_000)).toBe(300_000);
    // Extended at 10:04 to 10:09:30: a 5.5-minute span.
    expect(observedDuration(full, '2026-12-01T10:09:30.000Z', seenAt + 240_000)).toBe(330_000);
  });
});
