import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedRateLimiter } from './shared-rate-limiter';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers a PING within a second (the machines of this project run one). */
async function redisReachable(): Promise<boolean> {
  const probe = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (probe.isOpen) await probe.close();
  }
}

const reachable = await redisReachable();
if (!reachable && process.env.REQUIRE_REDIS === '1') throw new Error(`Redis not reachable at ${REDIS_URL}, and REQUIRE_REDIS=1 requires it`);
if (!reachable) console.warn(`Redis not reachable at ${REDIS_URL}: skipped "a rate limit shared by instances"`);

describe.skipIf(!reachable)('a rate limit shared by instances (real Redis)', () => {
  const client = createClient({ url: REDIS_URL });
  // Each run its own keys: other test files and runs use the same Redis.
  const prefix = `test-limits-${randomBytes(4).toString('hex')}`;
  const cluster = { runScript: (script: string, keys: readonly string[], args: readonly string[]) => client.eval(script, { keys: keys.map((k) => `${prefix}:${k}`), arguments: [...args] }) };
  const clock = { now: Date.parse('2026-03-09T15:00:00.000Z') };
  const errors: unknown[] = [];
  const instance = (runScript = cluster.runScript) =>
    createSharedRateLimiter({ cluster: { runScript }, name: 'holds', limit: 3, windowMs: 60_000, clock: () => new Date(clock.now), onError: (error) => errors.push(error) });

  beforeAll(async () => {
    await client.connect();
  });
  afterAll(async () => {
    for (const key of await client.keys(`${prefix}:*`)) await client.del(key);
    await client.close();
  });

  it('counts attempts made through every instance together: the limit holds once, not once per instance', async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    expect([await a.tryTake('usr_1'), await b.tryTake('usr_1'), await c.tryTake('usr_1')]).toEqual([true, true, true]);
    expect(await a.exhausted('usr_1')).toBe(true);
    expect(await b.tryTake('usr_1')).toBe(false);
    expect(await c.tryTake('usr_2')).toBe(true);
  });

  it('slides: an attempt stops counting a window after it was made, on every instance', async () => {
    const [a, b] = [instance(), instance()];
    for (let i = 0; i < 3; i++) await a.tryTake('usr_3');
    expect(await b.tryTake('usr_3')).toBe(false);
    clock.now += 60_001;
    expect(await b.tryTake('usr_3')).toBe(true);
  });

  it('a reset through one instance (a successful sign-in) clears the count for all', async () => {
    const [a, b] = [instance(), instance()];
    for (let i = 0; i < 3; i++) await a.tryTake('operator1');
    await b.reset('operator1');
    expect(await a.exhausted('operator1')).toBe(false);
  });

  it('while Redis does not answer, the instance\'s own window decides and the failure is reported', async () => {
    const down = instance(() => Promise.reject(new Error('connection refused')));
    errors.length = 0;
    expect([await down.tryTake('usr_4'), await down.tryTake('usr_4'), await down.tryTake('usr_4'), await down.tryTake('usr_4')]).toEqual([true, true, true, false]);
    expect(await down.exhausted('usr_4')).toBe(true);
    expect(errors.length).toBe(5);
  });
});
