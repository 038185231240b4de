import { describe, expect, it } from 'vitest';
import { niceMax } from './chart-scale';

describe('the scale of a chart', () => {
  it('tops at a round number at or above the largest value', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(17)).toBe(20);
    expect(niceMax(50)).toBe(50);
    expect(niceMax(51)).toBe(100);
  });
});
