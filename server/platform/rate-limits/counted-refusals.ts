import type { RateLimiter } from './rate-limiter';

/**
 * The same limiter, telling `onRefused` each time it refuses an attempt (every refusal is a 429:
 * the metrics count them by the limiter's name). Everything else passes through unchanged.
 */
export function countRefusals(limiter: RateLimiter, onRefused: () => void): RateLimiter {
  const counted = (allowed: boolean) => {
    if (!allowed) onRefused();
    return allowed;
  };
  return {
    tryTake(key) {
      const allowed = limiter.tryTake(key);
      return typeof allowed === 'boolean' ? counted(allowed) : allowed.then(counted);
    },
    exhausted: (key) => limiter.exhausted(key),
    reset: (key) => limiter.reset(key),
    giveBack: (key) => limiter.giveBack(key),
  };
}
