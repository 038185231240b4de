import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForWake } from './wake-detector';

afterEach(() => vi.useRealTimers());

describe('noticing that the machine slept', () => {
  it('calls back when a tick finds far more time passed than the interval (a laptop lid closed and opened)', () => {
    vi.useFakeTimers();
    let clock = 0;
    const woke = vi.fn();
    const stop = watchForWake(woke, 2_000, 8_000, () => clock);
    clock += 2_000;
    vi.advanceTimersByTime(2_000);
    expect(woke).not.toHaveBeenCalled();
    // The timer fires once after the sleep, but the wall clock says minutes went by.
    clock += 5 * 60_000;
    vi.advanceTimersByTime(2_000);
    expect(woke).toHaveBeenCalledTimes(1);
    clock += 2_000;
    vi.advanceTimersByTime(2_000);
    expect(woke).toHaveBeenCalledTimes(1);
    stop();
  });

  it('calls back when the browser comes back online, and not after it stopped watching', () => {
    const woke = vi.fn();
    const stop = watchForWake(woke);
    window.dispatchEvent(new Event('online'));
    expect(woke).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new Event('online'));
    expect(woke).toHaveBeenCalledTimes(1);
  });
});
