import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSecondClock } from './use-second-clock';

afterEach(() => vi.useRealTimers());

describe('the second clock', () => {
  it('starts from the time now even when it last ticked long ago, and every reader sees the same tick', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T10:00:00.000Z'));
    const first = renderHook(() => useSecondClock());
    first.unmount();
    // Minutes later, with nothing ticking in between: a time in state must not start from 10:00.
    vi.setSystemTime(new Date('2026-03-02T10:07:30.000Z'));
    const painted: number[] = [];
    const a = renderHook(() => {
      const now = useSecondClock();
      painted.push(now);
      return now;
    });
    // Not even one frame from the old time (a status pill would flash a wrong duration).
    expect(new Set(painted)).toEqual(new Set([Date.parse('2026-03-02T10:07:30.000Z')]));
    const b = renderHook(() => useSecondClock());
    act(() => vi.advanceTimersByTime(3_000));
    expect(a.result.current).toBe(Date.parse('2026-03-02T10:07:33.000Z'));
    expect(b.result.current).toBe(a.result.current);
  });
});
