/**
 * Sign-in under attack, as clients on other machines see it (CONTRACT.md "Starting the server",
 * v2): real concurrent HTTP from distinct TCP peers (127.0.0.x), a proxy named in TRUST_PROXY, and
 * a clocked server so that 15 minutes pass without waiting for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_PASSWORD, expectError, login } from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb } from '../support/db-inspector';
import { countByStatus, signInFrom, type SignInAnswer } from '../support/sign-in-from';

/** The one proxy whose X-Forwarded-For the server believes. */
const PROXY = '127.0.0.9';

let server: ClockedServer;

beforeAll(async () => {
  server = await startClockedServer({ TRUST_PROXY: PROXY });
});
afterAll(async () => {
  await server?.close();
});

const wrong = (username: string, i = 0) => ({ username, password: `not-the-password-${i}` });
const right = (username: string) => ({ username, password: DEMO_PASSWORD });
const codeOf = (answer: SignInAnswer) => answer.body.error?.code;

/** `n` wrong passwords for `username` from one client, one after another. */
async function failSeveral(username: string, n: number, via: Parameters<typeof signInFrom>[2]) {
  for (let i = 0; i < n; i++) {
    const answer = await signInFrom(server.url, wrong(username, i), via);
    expect(answer.status, `failure ${i + 1} of ${username}`).toBe(401);
  }
}

describe('a burst of guesses', () => {
  it('300 wrong guesses sent at once: at most 10 are checked (401), every other one is 429 rate_limited', async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => signInFrom(server.url, wrong('operator11', i))),
    );
    const counts = countByStatus(answers);
    expect(counts[401] ?? 0).toBeLessThanOrEqual(10);
    expect(counts[401] ?? 0).toBeGreaterThan(0);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(300);
    for (const answer of answers.filter((a) => a.status === 429)) expect(codeOf(answer)).toBe('rate_limited');
  });

  it('40 wrong guesses and the right password in one burst: the right one does not sign in', async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => signInFrom(server.url, wrong('operator12', i)));
    // The right password goes out while the wrong ones are still being answered.
    await Promise.race(guesses);
    const [rightOne, ...wrongOnes] = await Promise.all([
      signInFrom(server.url, right('operator12')),
      ...guesses,
    ]);
    expect(rightOne.status).toBe(429);
    expect(codeOf(rightOne)).toBe('rate_limited');
    expect(rightOne.body.token).toBeUndefined();
    expect(countByStatus(wrongOnes)[401] ?? 0).toBeLessThanOrEqual(10);
  });
});

describe('failures count per username and client address', () => {
  it('after 10 failures from address A, A gets 429 while the right password from address B signs in', async () => {
    await failSeveral('operator13', 10, { from: '127.0.0.2' });
    const fromA = await signInFrom(server.url, right('operator13'), { from: '127.0.0.2' });
    expect(fromA.status).toBe(429);
    expect(codeOf(fromA)).toBe('rate_limited');
    const fromB = await signInFrom(server.url, right('operator13'), { from: '127.0.0.3' });
    expect(fromB.status).toBe(200);
    expect(fromB.body.user?.id).toBeDefined();
    // Another username from address A is not affected either.
    expect((await signInFrom(server.url, right('operator14'), { from: '127.0.0.2' })).status).toBe(200);
  });

  it('after 15 minutes address A may try again', async () => {
    await failSeveral('operator15', 10, { from: '127.0.0.4' });
    expect((await signInFrom(server.url, right('operator15'), { from: '127.0.0.4' })).status).toBe(429);
    server.moveTo(server.now().getTime() + 15 * 60_000 + 1_000);
    expect((await signInFrom(server.url, right('operator15'), { from: '127.0.0.4' })).status).toBe(200);
  });

  it('X-Forwarded-For is believed from the proxy named in TRUST_PROXY, and from nobody else', async () => {
    // Straight from a client (not the proxy): its X-Forwarded-For is ignored, every guess counts against its own address.
    for (let i = 0; i < 10; i++) {
      const answer = await signInFrom(server.url, wrong('operator16', i), {
        from: '127.0.0.5',
        forwardedFor: `198.51.100.${i}`,
      });
      expect(answer.status).toBe(401);
    }
    expect(
      (
        await signInFrom(server.url, right('operator16'), {
          from: '127.0.0.5',
          forwardedFor: '198.51.100.99',
        })
      ).status,
    ).toBe(429);

    // Through the proxy: the address it names is the client.
    await failSeveral('operator17', 10, { from: PROXY, forwardedFor: '198.51.100.7' });
    expect(
      (await signInFrom(server.url, right('operator17'), { from: PROXY, forwardedFor: '198.51.100.7' }))
        .status,
    ).toBe(429);
    // A client that writes its own X-Forwarded-For before the proxy appends the real one is the real one.
    expect(
      (
        await signInFrom(server.url, right('operator17'), {
          from: PROXY,
          forwardedFor: '198.51.100.8, 198.51.100.7',
        })
      ).status,
    ).toBe(429);
    const elsewhere = await signInFrom(server.url, right('operator17'), {
      from: PROXY,
      forwardedFor: '198.51.100.8',
    });
    expect(elsewhere.status).toBe(200);
  });

  it('an unknown username gets 429 after 10 failures, like a known one', async () => {
    for (const username of ['operator18', 'nobody-at-all']) {
      const answers: (number | undefined)[] = [];
      for (let i = 0; i < 11; i++) {
        const answer = await signInFrom(server.url, wrong(username, i), { from: '127.0.0.6' });
        answers.push(answer.status);
      }
      expect(answers, username).toEqual([...Array<number>(10).fill(401), 429]);
    }
  });
});

// A hundred password checks each: slow where the cores are shared.
describe('the per-account ceiling', { timeout: 180_000 }, () => {
  /** Ten failures from each of `addresses`, all at once, through the proxy. */
  const failFrom = (username: string, addresses: string[]) =>
    Promise.all(
      addresses.map((address) => failSeveral(username, 10, { from: PROXY, forwardedFor: address })),
    );
  const addresses = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);

  it('100 failures within an hour lock the account; a lead sees it, unlocks it (audited), and the user signs in', async () => {
    const lead = await login(server.url, 'lead1');
    // Fifty failures from five addresses, then a quarter of an hour later fifty more from the same
    // five (their own windows have passed; the account's hour has not).
    await failFrom('operator19', addresses('203.0.113', 5));
    server.moveTo(server.now().getTime() + 16 * 60_000);
    await failFrom('operator19', addresses('203.0.113', 5));
    // Locked with the hundredth failure: the lead sees it before anyone tries again.
    const listed = await lead.api.get<{ items: { username: string }[] }>('/api/auth/locked-accounts');
    expect(listed.body.items.map((item) => item.username)).toContain('operator19');

    const locked = await signInFrom(server.url, right('operator19'), { from: '127.0.0.7' });
    expect(locked.status).toBe(429);
    expect(codeOf(locked)).toBe('rate_limited');
    expect(locked.body.error?.message).toMatch(/locked.*lead/i);
    // A quarter of an hour later it is still locked, from anywhere.
    server.moveTo(server.now().getTime() + 16 * 60_000);
    expect((await signInFrom(server.url, right('operator19'), { from: '127.0.0.8' })).status).toBe(429);

    const list = await lead.api.get<{ items: { userId: string; username: string; role: string }[] }>(
      '/api/auth/locked-accounts',
    );
    expect(list.status).toBe(200);
    const entry = list.body.items.find((item) => item.username === 'operator19');
    expect(entry).toMatchObject({ username: 'operator19', role: 'operator', failures: 100 });
    expect(list.body.items.map((item) => item.username)).not.toContain('operator13');

    // An operator may not look, nor unlock.
    const operator = await login(server.url, 'operator20');
    expectError(await operator.api.get('/api/auth/locked-accounts'), 403, 'forbidden');
    expectError(await operator.api.del(`/api/auth/locked-accounts/${entry!.userId}`), 403, 'forbidden');

    expect((await lead.api.del(`/api/auth/locked-accounts/${entry!.userId}`)).status).toBe(204);
    expectError(await lead.api.del(`/api/auth/locked-accounts/${entry!.userId}`), 404, 'not_found');
    const after = await lead.api.get<{ items: { username: string }[] }>('/api/auth/locked-accounts');
    expect(after.body.items.map((item) => item.username)).not.toContain('operator19');

    const db = inspectDb(server.databaseUrl);
    try {
      const audit = await db.auditOf('user', entry!.userId);
      expect(audit.map((a) => [a.action, a.actorId])).toEqual(
        expect.arrayContaining([
          ['auth.account_locked', null],
          ['auth.account_unlocked', lead.user.id],
        ]),
      );
    } finally {
      await db.close();
    }
    expect((await signInFrom(server.url, right('operator19'), { from: '127.0.0.7' })).status).toBe(200);
  });

  it("a lead may not unlock an administrator's account; an administrator may", async () => {
    // The administrator's console stays signed in while someone guesses at the account.
    const admin = await login(server.url, 'admin1');
    await failFrom('admin1', addresses('203.0.114', 10));
    expect((await signInFrom(server.url, right('admin1'), { from: '127.0.0.10' })).status).toBe(429);
    const lead = await login(server.url, 'lead2');
    const list = await lead.api.get<{
      items: { userId: string; username: string; unlockableBy: string[] }[];
    }>('/api/auth/locked-accounts');
    const entry = list.body.items.find((item) => item.username === 'admin1');
    expect(entry?.unlockableBy).toEqual(['admin']);
    expectError(await lead.api.del(`/api/auth/locked-accounts/${entry!.userId}`), 403, 'forbidden');
    expect(
      (await admin.api.get<{ items: unknown[] }>('/api/auth/locked-accounts')).body.items,
    ).toContainEqual(expect.objectContaining({ username: 'admin1' }));
    expect((await admin.api.del(`/api/auth/locked-accounts/${entry!.userId}`)).status).toBe(204);
    expect((await signInFrom(server.url, right('admin1'), { from: '127.0.0.10' })).status).toBe(200);
  });

  it('a lead in practice mode is refused: locked accounts are live', async () => {
    const lead = await login(server.url, 'lead1');
    expectError(
      await lead.api.get('/api/auth/locked-accounts', { 'x-practice-mode': 'on' }),
      403,
      'forbidden',
    );
    expect((await new ApiClient(server.url).get('/api/auth/locked-accounts')).status).toBe(401);
  });
});
