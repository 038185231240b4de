import { describe, expect, it } from 'vitest';
import { formatElapsed, secondsSince } from './elapsed-time';

describe('time in a state, handle time, a practice call', () => {
  it('counts whole seconds since the server’s instant, never below zero', () => {
    const since = '2026-03-09T15:00:00.000Z';
    expect(secondsSince(since, Date.parse(since) + 187_900)).toBe(187);
    expect(secondsSince(since, Date.parse(since) + 61_500)).toBe(61);
    expect(secondsSince(since, Date.parse(since) - 5_000)).toBe(0);
  });

  it('reads as minutes and seconds, with hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(187)).toBe('3:07');
    expect(formatElapsed(245)).toBe('4:05');
    expect(formatElapsed(725)).toBe('12:05');
    expect(formatElapsed(3_787)).toBe('1:03:07');
    expect(formatElapsed(3_845)).toBe('1:04:05');
  });

  it('rounds a mean to the second', () => {
    expect(formatElapsed(59.6)).toBe('1:00');
  });
});
