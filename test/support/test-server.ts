/**
 * A real server on a database of its own (a SQLite file, or a PostgreSQL schema when the vitest
 * project sets TEST_DATABASE=postgres), seeded with a small demo data set (a second or so: the demo
 * users share one password hash).
 */
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { scratchDatabase } from './scratch-database';

export interface TestServer {
  url: string;
  port: number;
  /** The server's DATABASE_URL (read it only, with inspectDb, for invariants the API cannot show). */
  databaseUrl: string;
  dialect: SqlDialect;
  /**
   * Every line the server logged, each a JSON object (`msg` holds the text: the seed summary,
   * "listening on …"; request lines at LOG_LEVEL=info). Errors are shown on the test's output too.
   */
  log: string[];
  /** The route table and socket events the server mounted (tests generated from them). */
  routes: RunningServer['routes'];
  socketHandlers: RunningServer['socketHandlers'];
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

export const DEFAULT_TEST_ENV: Readonly<Record<string, string>> = {
  PORT: '0',
  SEED: 'demo',
  SEED_APPLICANTS: '3000',
  SEED_DAYS: '14',
  LOG_LEVEL: 'warn',
};

export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const database = scratchDatabase();
  const env: Record<string, string> = { ...DEFAULT_TEST_ENV, DATABASE_URL: database.url, ...overrides };
  try {
    const log: string[] = [];
    const server = await startServer(loadConfig(env), {
      log: (line) => {
        log.push(line);
        if (/"level":"(error|fatal)"/.test(line)) process.stdout.write(`${line}\n`);
      },
    });
    return {
      url: server.url,
      port: server.port,
      databaseUrl: database.url,
      dialect: database.dialect,
      log,
      routes: server.routes,
      socketHandlers: server.socketHandlers,
      async close() {
        try {
          await server.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}
