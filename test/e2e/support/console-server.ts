/**
 * A real server on a database of its own (SQLite unless TEST_DATABASE says otherwise) serving the
 * built console at `/`, which a test can stop and start again on the same port and database (the
 * console sees its connection drop and return).
 */
import { startServer } from '../../../server/app';
import { loadConfig } from '../../../server/platform/config';
import { scratchDatabase } from '../../support/scratch-database';
import { DEFAULT_TEST_ENV } from '../../support/test-server';

export interface ConsoleServer {
  url: string;
  /** The server's DATABASE_URL: while the server is stopped, a test may change its data as another instance would. */
  databaseUrl: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startConsoleServer(overrides: Record<string, string> = {}): Promise<ConsoleServer> {
  const database = scratchDatabase();
  const env: Record<string, string> = {
    ...DEFAULT_TEST_ENV,
    SEED_DAYS: '40',
    DATABASE_URL: database.url,
    ...overrides,
  };
  const quiet = () => undefined;
  let running: Awaited<ReturnType<typeof startServer>> | null = await startServer(loadConfig(env), {
    log: quiet,
  });
  const port = running.port;
  const url = running.url;
  return {
    url,
    databaseUrl: database.url,
    async stop() {
      await running?.close();
      running = null;
    },
    async restart() {
      if (!running) running = await startServer(loadConfig({ ...env, PORT: String(port) }), { log: quiet });
    },
    async close() {
      try {
        await running?.close();
      } finally {
        running = null;
        await database.drop();
      }
    },
  };
}
