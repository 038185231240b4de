/**
 * A test server that can be stopped and started again on the same database, as an upgrade or a
 * restart does: what the previous start left is what the next one starts from.
 */
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { scratchDatabase } from './scratch-database';
import { DEFAULT_TEST_ENV } from './test-server';

export interface RestartableServer {
  readonly url: string;
  readonly databaseUrl: string;
  readonly dialect: SqlDialect;
  /** Lines every start logged. */
  readonly log: string[];
  /** Stops the server and starts it again on the same database (a new port). */
  restart(): Promise<void>;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

export async function startRestartableServer(
  overrides: Record<string, string> = {},
): Promise<RestartableServer> {
  const database = scratchDatabase();
  const env: Record<string, string> = { ...DEFAULT_TEST_ENV, DATABASE_URL: database.url, ...overrides };
  const log: string[] = [];
  const start = () => startServer(loadConfig(env), { log: (line) => log.push(line) });
  let server: RunningServer | null = await start().catch(async (error: unknown) => {
    await database.drop().catch(() => undefined);
    throw error;
  });
  return {
    get url() {
      if (!server) throw new Error('the server is stopped');
      return server.url;
    },
    databaseUrl: database.url,
    dialect: database.dialect,
    log,
    async restart() {
      await server?.close();
      server = null;
      server = await start();
    },
    async close() {
      try {
        await server?.close();
      } finally {
        server = null;
        await database.drop();
      }
    },
  };
}
