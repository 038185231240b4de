/**
 * A real server on a real SQLite file, one temp dir per test file.
 *
 * The demo seed hashes 48 passwords with scrypt (~10 s on two cores), so seeding once per test
 * file would dominate the run. The first file of a run that needs a given seed starts a real
 * server on a template file and closes it; every file then starts its own server on a copy of
 * that file (the server finds the database seeded and leaves it alone). The template lives only
 * for one vitest run: its directory is named after the vitest main process and removed by a later
 * run once that process is gone.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
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

/** The settings that change what the demo seed writes. */
const SEED_KEYS = ['SEED', 'SEED_START', 'SEED_DAYS', 'SEED_APPLICANTS', 'DEMO_PASSWORD'] as const;
const TEMPLATE_PREFIX = 'miconsulado-it-';
const TEMPLATE_WAIT_MS = 90_000;

export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-test-'));
  const dbPath = join(dir, 'db.sqlite');
  const env: Record<string, string> = { ...DEFAULT_TEST_ENV, DATABASE_URL: `sqlite:${dbPath}`, ...overrides };
  try {
    if (env.SEED === 'demo' && overrides.DATABASE_URL === undefined) {
      const template = await seededTemplate(env);
      if (template) cpSync(template, dbPath);
    }
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

/** The vitest main process: forks' parent, or this process when workers are threads. */
const runId = () => (isMainThread ? process.ppid : process.pid);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeTemplatesOfFinishedRuns() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(TEMPLATE_PREFIX.length));
    if (name.startsWith(TEMPLATE_PREFIX) && Number.isInteger(pid) && pid !== runId() && !isAlive(pid)) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/**
 * A database file seeded with these settings during this run, created by whichever worker asks
 * first (an atomic mkdir elects it); null when it could not be had in time (then seed directly).
 */
async function seededTemplate(env: Record<string, string>): Promise<string | null> {
  removeTemplatesOfFinishedRuns();
  const runDir = join(tmpdir(), `${TEMPLATE_PREFIX}${runId()}`);
  mkdirSync(runDir, { recursive: true });
  const key = SEED_KEYS.map((k) => `${k}=${env[k] ?? ''}`).join(',').replace(/[^A-Za-z0-9=,_-]/g, '_');
  const template = join(runDir, `${key}.sqlite`);
  const lock = `${template}.lock`;
  const deadline = Date.now() + TEMPLATE_WAIT_MS;
  while (Date.now() < deadline) {
    if (existsSync(template)) return template;
    if (tryMkdir(lock)) {
      try {
        if (!existsSync(template)) await buildTemplate(env, runDir, template);
        return template;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    // Another worker is seeding it.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

function tryMkdir(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}

async function buildTemplate(env: Record<string, string>, runDir: string, template: string) {
  const buildDir = mkdtempSync(join(runDir, 'build-'));
  const building = join(buildDir, 'db.sqlite');
  try {
    const server = await startServer(loadConfig({ ...env, PORT: '0', DATABASE_URL: `sqlite:${building}` }), { log: () => {} });
    await server.close();
    // Closing the last connection checkpoints the WAL into the main file.
    if (existsSync(`${building}-wal`)) throw new Error('the template database was not checkpointed on close');
    renameSync(building, template);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
