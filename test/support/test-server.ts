/**
 * A real server on a real SQLite file, one temp dir per test server, seeded with a small demo data
 * set (a second or so: the demo users share one password hash).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/app';
import { loadConfig } from '../../server/config';

export interface TestServer {
  url: string;
  port: number;
  /** The SQLite file the server runs on (read it only, for invariants the API cannot show). */
  dbPath: string;
  /** Lines the server logged (seed summary, "listening on …"). */
  log: string[];
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
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-test-'));
  const dbPath = join(dir, 'db.sqlite');
  const env: Record<string, string> = { ...DEFAULT_TEST_ENV, DATABASE_URL: `sqlite:${dbPath}`, ...overrides };
  try {
    const log: string[] = [];
    const server = await startServer(loadConfig(env), { log: (line) => log.push(line) });
    return {
      url: server.url,
      port: server.port,
      dbPath,
      log,
      async close() {
        try {
          await server.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
