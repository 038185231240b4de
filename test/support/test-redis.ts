import { Socket } from 'node:net';
import { describe } from 'vitest';

/**
 * Where the tests that need Redis find it, and what they do where it is not there: the same rule as
 * PostgreSQL's (`db/test-database.ts`) — skip with one line naming the URL, unless `REQUIRE_REDIS=1`
 * (CI), where that is a failure. For tests only.
 */
export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something answers PING at the URL within a second. */
export function redisAnswers(url = testRedisUrl()): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
  });
}

/** Why a test that needs Redis cannot run here, or null when it can; throws when REQUIRE_REDIS=1. */
export async function redisMissing(what: string): Promise<string | null> {
  if (await redisAnswers()) return null;
  const message = `Redis not reachable at ${testRedisUrl().replace(/\/\/[^@/]*@/, '//…@')}`;
  if (process.env.REQUIRE_REDIS === '1') throw new Error(`${message}, and REQUIRE_REDIS=1 requires it (${what})`);
  console.warn(`${message}: skipped ${what}`);
  return message;
}

/** A suite that runs unless `missing` says why it cannot here; the reason is then in its name. */
export function describeUnless(missing: string | null, name: string, fn: () => void): void {
  if (!missing) describe(name, fn);
  else describe.skip(`${name} (${missing}: skipped)`, fn);
}
