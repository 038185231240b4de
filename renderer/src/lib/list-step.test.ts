import { describe, expect, it } from 'vitest';
import { stepIndex } from './list-step';

describe('moving through a list with the arrows', () => {
  it('stops at the first and last option', () => {
    expect(stepIndex(-1, 5)).toBe(0);
    expect(stepIndex(2, 5)).toBe(2);
    expect(stepIndex(5, 5)).toBe(4);
  });

  it('goes round from the last option to the first and back when the list wraps', () => {
    expect(stepIndex(5, 5, 'wrap')).toBe(0);
    expect(stepIndex(-1, 5, 'wrap')).toBe(4);
    expect(stepIndex(3, 5, 'wrap')).toBe(3);
  });

  it('has no active option in an empty list', () => {
    expect(stepIndex(0, 0)).toBe(-1);
    expect(stepIndex(1, 0, 'wrap')).toBe(-1);
  });
});
