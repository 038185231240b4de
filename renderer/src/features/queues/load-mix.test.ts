import { describe, expect, it } from 'vitest';
import { loadShares } from './load-mix';

describe('the stacked bar of a queue', () => {
  it('splits the bar by state, adding up to the whole', () => {
    const shares = loadShares({ available: 1, onCall: 1, wrapUp: 1, onBreak: 0, offline: 0 });
    expect(shares.onBreak).toBe(0);
    expect(shares.available + shares.onCall + shares.wrapUp).toBe(100);
    expect(
      Math.max(shares.available, shares.onCall, shares.wrapUp) -
        Math.min(shares.available, shares.onCall, shares.wrapUp),
    ).toBeLessThanOrEqual(1);
  });

  it('gives a state with nobody in it no width, and an empty queue an empty bar', () => {
    expect(loadShares({ available: 3, onCall: 0, wrapUp: 0, onBreak: 1, offline: 0 })).toEqual({
      available: 75,
      onCall: 0,
      wrapUp: 0,
      onBreak: 25,
      offline: 0,
    });
    expect(loadShares({ available: 0, onCall: 0, wrapUp: 0, onBreak: 0, offline: 0 })).toEqual({
      available: 0,
      onCall: 0,
      wrapUp: 0,
      onBreak: 0,
      offline: 0,
    });
  });
});
