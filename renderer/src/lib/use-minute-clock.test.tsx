import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMinuteClock } from './use-minute-clock';

afterEach(() => vi.useRealTimers());

describe('the minute clock', () => {
  it('turns at the next minute boundary, not a minute after the panel appeared, and each minute after', () => {
    vi.useFakeTimers();
    // Mounted 10:00:45: the time shown must say 10:01 fifteen seconds later, not at 10:01:45.
    vi.setSystemTime(new Date('2026-03-02T10:00:45.000Z'));
    const { result } = renderHook(() => useMinuteClock());
    expect(result.current.toISOString()).toBe('2026-03-02T10:00:45.000Z');
    act(() => vi.advanceTimersByTime(14_000));
    expect(result.current.getUTCMinutes()).toBe(0);
    act(() => vi.advanceTimersByTime(1_100));
    expect(result.current.getUTCMinutes()).toBe(1);
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.getUTCMinutes()).toBe(2);
  });
});
