import { describe, expect, it } from 'vitest';
import { afterTemporaryFailure, RETRY_CAP_MS, retryDelayMs, type RetryPolicy } from './retry-schedule';

const DAY = 24 * 3_600_000;
const policy: RetryPolicy = { baseMs: 2000, capMs: RETRY_CAP_MS, maxAttempts: 8, giveUpAfterMs: DAY };

describe('the retry schedule of a message the server did not accept', () => {
  it('doubles from the base: 2 s, 4 s, 8 s… at the top of the jitter', () => {
    const top = [1, 2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt, 0.999999));
    expect(top).toEqual([2000, 4000, 8000, 16000, 32000]);
  });

  it('jitters between half and all of the step, so a burst that failed together comes back spread out', () => {
    expect(retryDelayMs(policy, 3, 0)).toBe(4000);
    expect(retryDelayMs(policy, 3, 0.5)).toBe(6000);
    const spread = new Set(Array.from({ length: 20 }, (_, i) => retryDelayMs(policy, 3, i / 20)));
    expect(spread.size).toBe(20);
  });

  it('never waits more than 15 minutes, however many attempts', () => {
    expect(retryDelayMs(policy, 10, 0.999999)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(policy, 60, 0.999999)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(policy, 60, 0)).toBe(RETRY_CAP_MS / 2);
  });

  it('gives up once MESSAGE_MAX_ATTEMPTS attempts failed and the message has waited a day, not before', () => {
    expect(afterTemporaryFailure(policy, 7, DAY, 0.5)).toEqual({ retryInMs: retryDelayMs(policy, 7, 0.5) });
    expect(afterTemporaryFailure(policy, 8, DAY, 0.5)).toEqual({ giveUp: true });
    expect(afterTemporaryFailure({ ...policy, maxAttempts: 1 }, 1, DAY + 1, 0.5)).toEqual({ giveUp: true });
  });

  it('keeps trying through an hour-long outage: eight attempts are spent in minutes, the day is not', () => {
    let waited = 0;
    for (let attempt = 1; attempt <= 12; attempt++) {
      const next = afterTemporaryFailure(policy, attempt, waited, 0.999999);
      expect(next, `attempt ${attempt} after ${waited} ms`).not.toEqual({ giveUp: true });
      if ('retryInMs' in next) waited += next.retryInMs;
    }
    expect(waited).toBeGreaterThan(60 * 60_000);
    expect(waited).toBeLessThan(DAY);
  });
});
