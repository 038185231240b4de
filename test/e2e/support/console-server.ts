/**
 * A real server on a real SQLite file serving the built console at `/`, which a test can stop and
 * start again on the same port and database (the console sees its connection drop and return).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { DEFAULT_TEST_ENV } from '../../support/test-server';

export interface ConsoleServer {
  url: string;
  /** The SQLite file: while the server is stopped, a test may change it as another instance would. */
  dbPath: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startConsoleServer(overrides: Record<string, string> = {}): Promise<ConsoleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-e2e-'));
  const dbPath = join(dir, 'db.sqlite');
  const env: Record<string, string> = { ...DEFAULT_TEST_ENV, SEED_DAYS: '40', DATABASE_URL: `sqlite:${dbPath}`, ...overrides };
  const quiet = () => undefined;
  let running: Awaited<ReturnType<typeof startServer>> | null = await startServer(loadConfig(env), { log: quiet });
  const port = running.port;
  const url = running.url;
  return {
    url,
    dbPath,
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
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
