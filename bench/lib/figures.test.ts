import { describe, expect, it } from 'vitest';
import { figure, percentile, sortNumbers } from './figures';

describe('bench percentiles', () => {
  it('takes the nearest rank: p50 of 1…100 is 50, p99 is 99, p100 the largest', () => {
    const values = sortNumbers(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
  });

  it('answers the one value of a single sample and NaN of none', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('sorts numbers as numbers, not as text', () => {
    expect(sortNumbers([10, 9, 100])).toEqual([9, 10, 100]);
  });

  it('gives a figure its ratio to the baseline of the same run', () => {
    expect(
      figure({ bench: 'b', name: 'n', value: 30, unit: 'ms', baseline: { name: 'rtt', value: 10 } }).ratio,
    ).toBe(3);
    expect(figure({ bench: 'b', name: 'n', value: 30, unit: 'ms' }).ratio).toBeUndefined();
  });
});
