import type { Clock } from '../../kernel/clock';
import type { ClusterAdapter } from '../cluster/redis-adapter';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

/** Drop attempts older than the window, then count (and, to take, add one): one atomic round trip. */
const WINDOW = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
local n = redis.call('ZCARD', KEYS[1])
if ARGV[4] == 'count' then return n end
if n >= tonumber(ARGV[3]) then return -1 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return n + 1`;

/**
 * The same sliding window as `createRateLimiter`, counted in Redis so that every instance shares
 * it: a user who spreads holds or a guesser who spreads sign-ins over N instances gets the limit
 * once, not N times. When Redis does not answer, this instance's own window decides (logged), so
 * an outage of Redis neither locks everyone out nor lifts the limit.
 */
export function createSharedRateLimiter(options: {
  cluster: Pick<ClusterAdapter, 'runScript'>;
  /** Names the counter family (`holds`, `logins`). */
  name: string;
  limit: number;
  windowMs: number;
  clock: Clock;
  onError(error: unknown): void;
}): RateLimiter {
  const local = createRateLimiter(options);
  const keyOf = (key: string) => `limit:${options.name}:${key}`;
  let sequence = 0;
  const run = (key: string, mode: 'count' | 'take') => {
    const now = options.clock().getTime();
    return options.cluster.runScript(
      WINDOW,
      [keyOf(key)],
      [
        String(now),
        String(options.windowMs),
        String(options.limit),
        mode,
        `${now}:${process.pid}:${sequence++}:${Math.random()}`,
      ],
    );
  };
  return {
    async tryTake(key) {
      // This instance's own window is kept in step: it decides while Redis is unreachable.
      const allowedHere = local.tryTake(key);
      try {
        return Number(await run(key, 'take')) > 0;
      } catch (error) {
        options.onError(error);
        return allowedHere;
      }
    },
    async exhausted(key) {
      try {
        return Number(await run(key, 'count')) >= options.limit;
      } catch (error) {
        options.onError(error);
        return local.exhausted(key);
      }
    },
    async reset(key) {
      local.reset(key);
      await options.cluster
        .runScript(`return redis.call('DEL', KEYS[1])`, [keyOf(key)], [])
        .catch((error: unknown) => options.onError(error));
    },
    async giveBack(key) {
      local.giveBack(key);
      // The newest attempt, whichever instance made it: the count is what matters.
      await options.cluster
        .runScript(`return redis.call('ZPOPMAX', KEYS[1])`, [keyOf(key)], [])
        .catch((error: unknown) => options.onError(error));
    },
  };
}
