/**
 * Liveness and readiness as a load balancer sees them: `/api/health` answers while the process
 * serves; `/api/ready` answers 503, naming the failing check, while the database lacks a migration,
 * while the Redis adapter is cut off, and while the instance drains before shutting down.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { Health, Readiness } from '../../shared/api/health';
import { needs } from '../support/services/needs';
import { testRedisUrl } from '../support/services/redis';
import { ApiClient } from '../support/api-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

const REDIS = new URL(testRedisUrl());
const servers: TestServer[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function start(env: Record<string, string> = {}) {
  const server = await startTestServer({ SEED_APPLICANTS: '0', SEED_DAYS: '1', ...env });
  servers.push(server);
  return { server, api: new ApiClient(server.url) };
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close().catch(() => {});
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function readiness(api: ApiClient) {
  const response = await api.get<Readiness>('/api/ready');
  return {
    status: response.status,
    body: Readiness.strict().parse(response.body),
    cacheControl: response.headers.get('cache-control'),
  };
}

async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A TCP relay to the real Redis that the test can cut and restore, as a network partition would. */
async function redisRelay() {
  const clients = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(Number(REDIS.port || 6379), REDIS.hostname);
        clients.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of clients) socket.destroy();
      clients.clear();
      server.close(() => resolve());
    });
  cleanups.push(cut);
  return { url: () => `redis://127.0.0.1:${port}`, cut, restore: listen };
}

describe('liveness and readiness', () => {
  it('says ok and which instance answers; ready with the database migrated and no adapter; both without a token', async () => {
    const { api } = await start({ INSTANCE_ID: 'web-1' });
    const health = await api.get('/api/health');
    expect(health.status).toBe(200);
    expect(Health.strict().parse(health.body)).toEqual({ status: 'ok', instance: 'web-1' });
    // A probe is asked again and again: on a loaded machine one answer may be a database timeout.
    const ready = await eventually(
      () => readiness(api),
      (r) => r.status === 200,
    );
    expect(ready).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: {
        status: 'ready',
        instance: 'web-1',
        checks: { database: 'ok', adapter: 'none', draining: false },
      },
    });
  });

  it('lists both routes in the OpenAPI document, the 503 with the readiness body', async () => {
    const { api } = await start();
    const document = (
      await api.get<{
        paths: Record<
          string,
          Record<
            string,
            {
              responses: Record<
                string,
                { content?: { 'application/json': { schema: { properties?: object } } } }
              >;
            }
          >
        >;
      }>('/api/docs')
    ).body;
    expect(Object.keys(document.paths['/api/health']?.get?.responses ?? {})).toEqual(['200']);
    const ready = document.paths['/api/ready']?.get?.responses ?? {};
    expect(Object.keys(ready).sort()).toEqual(['200', '503']);
    expect(Object.keys(ready['503']?.content?.['application/json'].schema.properties ?? {})).toEqual([
      'status',
      'instance',
      'checks',
    ]);
  });

  it('is not ready while a migration this build needs is missing from the database, and ready again once it is back', async () => {
    const { server, api } = await start();
    const db = openTestKysely(server.databaseUrl, { readOnly: false });
    cleanups.push(() => db.destroy());
    const [last] = (
      await sql<{ name: string }>`select name from kysely_migration order by name desc`.execute(db)
    ).rows;
    if (!last) throw new Error('no migration recorded');
    await sql`delete from kysely_migration where name = ${last.name}`.execute(db);
    const pending = await eventually(
      () => readiness(api),
      (r) => r.body.checks.database === 'migrations_pending',
    );
    expect(pending.status).toBe(503);
    expect(pending.body).toMatchObject({
      status: 'not_ready',
      checks: { database: 'migrations_pending', adapter: 'none', draining: false },
    });
    expect((await api.get('/api/health')).status).toBe(200);
    await sql`insert into kysely_migration (name, timestamp) values (${last.name}, ${new Date().toISOString()})`.execute(
      db,
    );
    expect(
      (
        await eventually(
          () => readiness(api),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);
  });

  it('answers 503 draining as soon as shutdown begins, while still serving everything else, until it stops listening', async () => {
    const { server, api } = await start({ SHUTDOWN_DRAIN_MS: '1500' });
    expect(
      (
        await eventually(
          () => readiness(api),
          (r) => r.status === 200,
        )
      ).status,
    ).toBe(200);
    const closing = server.close();
    const draining = await readiness(api);
    expect(draining.status).toBe(503);
    expect(draining.body).toMatchObject({ status: 'not_ready', checks: { draining: true } });
    // The proxy stops sending new work; work it already sent is still answered.
    expect((await api.get('/api/health')).status).toBe(200);
    expect((await api.get('/api/consulates')).status).toBe(401);
    await closing;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    // The 503 is an answer, not a failure: the log says it at warn, so no error alert fires on a deploy.
    const readinessLines = server.log
      .map((line) => JSON.parse(line) as { route?: string; status?: number; level?: string })
      .filter((line) => line.route === '/api/ready' && line.status === 503);
    expect(readinessLines.length).toBeGreaterThan(0);
    expect(readinessLines.every((line) => line.level === 'warn')).toBe(true);
  });

  // The adapter test relays to the real Redis.
  needs('redis').it(
    'with REDIS_URL: ready while the adapter is connected, 503 "disconnected" while Redis is cut off, ready again when it comes back',
    async () => {
      const relay = await redisRelay();
      const { api } = await start({
        REDIS_URL: relay.url(),
        REDIS_KEY: `test-ready-${process.pid}-${Date.now()}`,
      });
      expect(
        (
          await eventually(
            () => readiness(api),
            (r) => r.status === 200,
          )
        ).body.checks,
      ).toEqual({ database: 'ok', adapter: 'ok', draining: false });
      await relay.cut();
      const cut = await eventually(
        () => readiness(api),
        (r) => r.status === 503,
      );
      expect(cut).toMatchObject({
        status: 503,
        body: { status: 'not_ready', checks: { database: 'ok', adapter: 'disconnected', draining: false } },
      });
      await relay.restore();
      const back = await eventually(
        () => readiness(api),
        (r) => r.status === 200,
      );
      expect(back.body.checks.adapter).toBe('ok');
    },
  );

  it('refuses to start when REDIS_URL names a Redis that does not answer, naming it', async () => {
    const relay = await redisRelay();
    await relay.cut();
    await expect(start({ REDIS_URL: relay.url() })).rejects.toThrow(
      /Redis redis:\/\/127\.0\.0\.1:\d+ did not answer/,
    );
  });
});
