/**
 * A locked account stays locked when the server restarts (the lock is in the database, the counts
 * in memory are gone): only a lead or an administrator lifts it. The ceiling is set low here
 * (FAILED_LOGINS_PER_HOUR_TO_LOCK=20) so that twenty password checks, not a hundred, reach it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, login } from '../support/api-client';
import { startRestartableServer, type RestartableServer } from '../support/restartable-server';
import { signInFrom } from '../support/sign-in-from';

let server: RestartableServer;

beforeAll(async () => {
  server = await startRestartableServer({ TRUST_PROXY: '127.0.0.1', FAILED_LOGINS_PER_HOUR_TO_LOCK: '20' });
});
afterAll(async () => {
  await server?.close();
});

it('a locked account is still locked after a restart, until a lead unlocks it', async () => {
  for (const address of ['203.0.113.1', '203.0.113.2'])
    for (let i = 0; i < 10; i++)
      expect(
        (
          await signInFrom(
            server.url,
            { username: 'operator5', password: `guess-${i}` },
            { forwardedFor: address },
          )
        ).status,
      ).toBe(401);
  const right = { username: 'operator5', password: DEMO_PASSWORD };
  expect((await signInFrom(server.url, right, { forwardedFor: '198.51.100.1' })).status).toBe(429);

  await server.restart();

  const locked = await signInFrom(server.url, right, { forwardedFor: '198.51.100.2' });
  expect(locked.status).toBe(429);
  expect(locked.body.error).toMatchObject({ code: 'rate_limited', details: { reason: 'account_locked' } });
  const lead = await login(server.url, 'lead1');
  const list = await lead.api.get<{ items: { userId: string; username: string; failures: number }[] }>(
    '/api/auth/locked-accounts',
  );
  const entry = list.body.items.find((item) => item.username === 'operator5');
  expect(entry?.failures).toBe(20);
  expect((await lead.api.del(`/api/auth/locked-accounts/${entry!.userId}`)).status).toBe(204);
  expect((await signInFrom(server.url, right, { forwardedFor: '198.51.100.2' })).status).toBe(200);
});
