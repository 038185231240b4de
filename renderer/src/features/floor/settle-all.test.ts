import { describe, expect, it } from 'vitest';
import { settleAll } from './settle-all';

describe('acting on many operators', () => {
  it('keeps at most the limit in flight and reports every result in order, failures included', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await settleAll([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await Promise.resolve();
      inFlight--;
      if (n % 3 === 0) throw new Error(`no ${n}`);
      return n * 10;
    });
    expect(most).toBe(3);
    expect(results.map((r) => (r.ok ? r.value : (r.error as Error).message))).toEqual([
      10,
      20,
      'no 3',
      40,
      50,
      'no 6',
      70,
    ]);
  });

  it('does nothing for no items', async () => {
    expect(await settleAll([], 4, async () => 1)).toEqual([]);
  });
});
