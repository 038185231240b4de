import { describe, expect, it } from 'vitest';
import { formatMinutesSeconds, secondsSince } from './floor-time';

describe('times on the floor', () => {
  it('reads a duration as minutes and seconds, with hours past an hour', () => {
    expect(formatMinutesSeconds(245)).toBe('4:05');
    expect(formatMinutesSeconds(59.6)).toBe('1:00');
    expect(formatMinutesSeconds(0)).toBe('0:00');
    expect(formatMinutesSeconds(3_845)).toBe('1:04:05');
  });

  it('counts the time in a state from the server’s instant, never below zero', () => {
    const since = '2026-03-09T15:00:00.000Z';
    expect(secondsSince(since, Date.parse(since) + 61_500)).toBe(61);
    expect(secondsSince(since, Date.parse(since) - 3_000)).toBe(0);
  });
});
