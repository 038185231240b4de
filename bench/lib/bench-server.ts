import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer, type RunningServer } from '../../server/app';
import { systemClock } from '../../server/kernel/clock';
import { loadConfig } from '../../server/platform/config';
import { openDatabase } from '../../server/platform/db/database';
import { migrateToLatest } from '../../server/platform/db/migrate';
import { seedDemo } from '../../server/seed/demo-seed';
import type { HttpClient } from './http-client';

export const DEMO_PASSWORD = 'demo1234';
const TEMPLATE_APPLICANTS = 3_000;
const TEMPLATE_DAYS = 14;

const templates = new Map<string, Promise<string>>();

/**
 * A demo database seeded once per bench run (57 consulates, 14 days of slots, a few thousand
 * applicants, the demo users) and copied for every server a bench starts: the seed hashes the
 * passwords of 48 users with scrypt, which alone takes seconds.
 */
export function seededTemplate(dir: string, log: (line: string) => void): Promise<string> {
  let template = templates.get(dir);
  if (!template) {
    template = (async () => {
      const path = join(dir, 'template.sqlite');
      const started = performance.now();
      for (const stale of [path, `${path}-wal`, `${path}-shm`]) rmSync(stale, { force: true });
      const database = await openDatabase(`sqlite:${path}`);
      try {
        await migrateToLatest(database.db as never, database.dialect);
        await seedDemo(
          database.db,
          { SEED_DAYS: TEMPLATE_DAYS, SEED_APPLICANTS: TEMPLATE_APPLICANTS, DEMO_PASSWORD },
          systemClock,
          database.bulkInsert,
        );
      } finally {
        await database.close();
      }
      log(
        `seeded template database (${TEMPLATE_DAYS} days of slots, ${TEMPLATE_APPLICANTS} applicants) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      return path;
    })();
    templates.set(dir, template);
  }
  return template;
}

export interface BenchServer extends RunningServer {
  /** Its DATABASE_URL (a copy of the template), for readers of its own such as the invariant monitor. */
  databaseUrl: string;
}

/** The real server (startServer) on a copy of the seeded template, loopback, a free port. */
export async function startBenchServer(options: {
  dir: string;
  name: string;
  log: (line: string) => void;
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const template = await seededTemplate(options.dir, options.log);
  const dbPath = join(options.dir, `${options.name}.sqlite`);
  copyFileSync(template, dbPath);
  if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${dbPath}-wal`);
  const databaseUrl = `sqlite:${dbPath}`;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    SEED: 'none',
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  const server = await startServer(config, { log: () => {} });
  return Object.assign(server, { databaseUrl });
}

export async function login(
  client: HttpClient,
  username: string,
): Promise<{ token: string; userId: string }> {
  const answer = await client.request<{ token: string; user: { id: string } }>('POST', '/api/auth/login', {
    body: { username, password: DEMO_PASSWORD },
  });
  if (answer.status !== 200)
    throw new Error(`login ${username}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { token: answer.body.token, userId: answer.body.user.id };
}

/** Logs these users in a few at a time (each login is an scrypt hash on the server). */
export async function loginAll(client: HttpClient, usernames: readonly string[], parallel = 4) {
  const tokens: { username: string; token: string; userId: string }[] = [];
  for (let i = 0; i < usernames.length; i += parallel) {
    const batch = usernames.slice(i, i + parallel);
    tokens.push(
      ...(await Promise.all(
        batch.map(async (username) => ({ username, ...(await login(client, username)) })),
      )),
    );
  }
  return tokens;
}
