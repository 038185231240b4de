import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { needs } from '../../../test/support/services/needs';
import { testRedisUrl } from '../../../test/support/services/redis';
import { createSharedRateLimiter } from './shared-rate-limiter';

const REDIS_URL = testRedisUrl();
needs('redis').describe('a rate limit shared by instances (real Redis)', () => {
  const client = createClient({ url: REDIS_URL });
  // Each run its own keys: other test files and runs use the same Redis.
  const prefix = `test-limits-${randomBytes(4).toString('hex')}`;
  const cluster = {
    runScript: (script: string, keys: readonly string[], args: readonly string[]) =>
      client.eval(script, { keys: keys.map((k) => `${prefix}:${k}`), arguments: [...args] }),
  };
  const clock = { now: Date.parse('2026-03-09T15:00:00.000Z') };
  const errors: unknown[] = [];
  const instance = (runScript = cluster.runScript) =>
    createSharedRateLimiter({
      cluster: { runScript },
      name: 'holds',
      limit: 3,
      windowMs: 60_000,
      clock: () => new Date(clock.now),
      onError: (error) => errors.push(error),
    });

  beforeAll(async () => {
    await client.connect();
  });
  afterAll(async () => {
    for (const key of await client.keys(`${prefix}:*`)) await client.del(key);
    await client.close();
  });

  it('counts attempts made through every instance together: the limit holds once, not once per instance', async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    expect([await a.tryTake('usr_1'), await b.tryTake('usr_1'), await c.tryTake('usr_1')]).toEqual([
      true,
      true,
      true,
    ]);
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

  it('300 attempts at once through three instances: exactly `limit` pass, the rest are refused', async () => {
    const instances = [instance(), instance(), instance()];
    const taken = await Promise.all(
      Array.from({ length: 300 }, (_, i) => instances[i % 3]!.tryTake('operator5|127.0.0.1')),
    );
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await instances[0]!.exhausted('operator5|127.0.0.1')).toBe(true);
  });

  it('gives back one attempt through any instance: one more passes, then the limit holds again', async () => {
    const [a, b] = [instance(), instance()];
    for (let i = 0; i < 3; i++) await a.tryTake('operator6');
    expect(await a.tryTake('operator6')).toBe(false);
    await b.giveBack('operator6');
    expect(await a.tryTake('operator6')).toBe(true);
    expect(await b.tryTake('operator6')).toBe(false);
  });

  it("while Redis does not answer, the instance's own window decides and the failure is reported", async () => {
    const down = instance(() => Promise.reject(new Error('connection refused')));
    errors.length = 0;
    expect([
      await down.tryTake('usr_4'),
      await down.tryTake('usr_4'),
      await down.tryTake('usr_4'),
      await down.tryTake('usr_4'),
    ]).toEqual([true, true, true, false]);
    expect(await down.exhausted('usr_4')).toBe(true);
    expect(errors.length).toBe(5);
  });
});
