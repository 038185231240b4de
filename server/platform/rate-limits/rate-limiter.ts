import type { Clock } from '../../kernel/clock';

/** Attempts per key in a sliding window: this process's own (memory) or every instance's (Redis). */
export interface RateLimiter {
  /** Counts one attempt for `key`; false when the key has used up its window. */
  tryTake(key: string): boolean | Promise<boolean>;
  /** True when the key has no attempt left in the current window (counts nothing). */
  exhausted(key: string): boolean | Promise<boolean>;
  /** Forgets a key (after a successful login, for instance). */
  reset(key: string): void | Promise<void>;
  /** Hands back the newest attempt of `key` (one taken before it was known to be harmless). */
  giveBack(key: string): void | Promise<void>;
}

export interface MemoryRateLimiter extends RateLimiter {
  tryTake(key: string): boolean;
  exhausted(key: string): boolean;
  reset(key: string): void;
  giveBack(key: string): void;
  /** How many keys are tracked (memory use). */
  size(): number;
}

/**
 * A sliding-window counter per key (a user, a username, or a username with the address it signs
 * in from). Memory stays bounded: empty keys are dropped. Each call runs to its end without
 * awaiting, so attempts arriving together are counted one after another: a burst cannot pass.
 */
export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  clock: Clock;
}): MemoryRateLimiter {
  const attempts = new Map<string, number[]>();
  const prune = (key: string, now: number) => {
    const list = (attempts.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (list.length === 0) attempts.delete(key);
    else attempts.set(key, list);
    return list;
  };
  // Keys never seen again (a mistyped or made-up username) are dropped by a sweep once per window.
  let lastSweep = options.clock().getTime();
  const sweep = (now: number) => {
    if (now - lastSweep < options.windowMs) return;
    lastSweep = now;
    for (const key of [...attempts.keys()]) prune(key, now);
  };
  return {
    tryTake(key) {
      const now = options.clock().getTime();
      sweep(now);
      const list = prune(key, now);
      if (list.length >= options.limit) return false;
      list.push(now);
      attempts.set(key, list);
      return true;
    },
    exhausted(key) {
      return prune(key, options.clock().getTime()).length >= options.limit;
    },
    reset(key) {
      attempts.delete(key);
    },
    giveBack(key) {
      const list = attempts.get(key);
      list?.pop();
      if (list?.length === 0) attempts.delete(key);
    },
    size: () => attempts.size,
  };
}
