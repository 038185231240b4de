import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatClock, formatDuration } from './format-duration';

describe('elapsedSeconds', () => {
  it('counts whole seconds and never goes below zero', () => {
    expect(elapsedSeconds(1_000, 193_999)).toBe(192);
    expect(elapsedSeconds(5_000, 1_000)).toBe(0);
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, and hours only past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(192)).toBe('03:12');
    expect(formatClock(3_723)).toBe('1:02:03');
  });
});

describe('formatDuration', () => {
  it('says a call length briefly in both languages', () => {
    expect(formatDuration(192, 'es-MX')).toBe('3 min 12 s');
    expect(formatDuration(192, 'en')).toBe('3 min 12 sec');
    expect(formatDuration(45, 'es-MX')).toBe('45 s');
    expect(formatDuration(0, 'en')).toBe('0 sec');
    expect(formatDuration(3_600, 'es-MX')).toBe('1 h');
  });

  it('spells it out for screen readers', () => {
    expect(formatDuration(192, 'es-MX', 'long')).toBe('3 minutos y 12 segundos');
    expect(formatDuration(61, 'en', 'long')).toBe('1 minute, 1 second');
  });
});
