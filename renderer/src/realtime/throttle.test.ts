import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

afterEach(() => vi.useRealTimers());

describe('a throttled refresh', () => {
  it('runs at once, then at most once per window however often it is asked', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const t = throttle(refresh, 5_000);
    t.run();
    expect(refresh).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) t.run();
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    // The asks during the window are served by one run at its end.
    expect(refresh).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(20_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('drops a pending run when cancelled (the view closed)', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const t = throttle(refresh, 5_000);
    t.run();
    t.run();
    t.cancel();
    vi.advanceTimersByTime(10_000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
