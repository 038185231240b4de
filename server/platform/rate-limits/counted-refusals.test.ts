import { describe, expect, it } from 'vitest';
import { countRefusals } from './counted-refusals';
import { createRateLimiter } from './rate-limiter';

describe('countRefusals', () => {
  it('counts the attempts the limiter refuses, not the ones it admits', () => {
    let refused = 0;
    const limiter = countRefusals(
      createRateLimiter({ limit: 2, windowMs: 60_000, clock: () => new Date(0) }),
      () => {
        refused += 1;
      },
    );
    expect([limiter.tryTake('ana'), limiter.tryTake('ana'), limiter.tryTake('ana')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.tryTake('luis')).toBe(true);
    expect(refused).toBe(1);
    limiter.giveBack('ana');
    expect(limiter.tryTake('ana')).toBe(true);
    expect(refused).toBe(1);
  });

  it('counts a refusal a shared limiter answers later', async () => {
    let refused = 0;
    const limiter = countRefusals(
      { tryTake: async () => false, exhausted: () => true, reset: () => {}, giveBack: () => {} },
      () => {
        refused += 1;
      },
    );
    expect(await limiter.tryTake('ana')).toBe(false);
    expect(refused).toBe(1);
  });
});
