/**
 * A PostgreSQL database for each vitest worker of a run, beside the shared test database.
 *
 * Why: Kysely's migrator looks for its tables by listing every schema of the database, and a
 * schema dropped by another test at that moment fails the listing ("schema … does not exist"). A
 * worker runs one file at a time, so in a database of its own no schema vanishes under a migration:
 * not another worker's, and not another run's on the same machine.
 *
 * The project's global setup creates them (`<database>_<run>_<worker>`) and drops them at the end;
 * the setup file (worker-database-setup.ts) points the worker at its own. Where the role may not
 * create databases, every worker shares the one database as before, and one line says so.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactedUrl } from './services';
import { withDatabase } from './postgres';

export interface WorkerDatabases {
  sharedUrl: string;
  /** Worker N's database (N = VITEST_POOL_ID, 1 to count) is named this followed by N. */
  prefix: string;
  count: number;
}

export function workerDatabaseUrl(databases: WorkerDatabases, worker: number): string {
  return withDatabase(databases.sharedUrl, `${databases.prefix}${worker}`);
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createWorkerDatabases(
  sharedUrl: string,
  count: number,
): Promise<{ databases: WorkerDatabases | null; drop: () => Promise<void> }> {
  const shared = decodeURIComponent(new URL(sharedUrl).pathname.slice(1)) || 'postgres';
  const prefix = `${shared}_${randomBytes(4).toString('hex')}_`;
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  // Names of our own making (the shared database's name, hex, digits): quoted, safe to interpolate.
  const drop = () =>
    admin(sharedUrl, async (client) => {
      for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
    });
  try {
    await admin(sharedUrl, async (client) => {
      for (const name of names) await client.query(`create database "${name}"`);
    });
  } catch (error) {
    await drop().catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    console.warn(
      `PostgreSQL at ${redactedUrl(sharedUrl)} made no database per worker (${why}): the workers share it`,
    );
    return { databases: null, drop: async () => undefined };
  }
  return { databases: { sharedUrl, prefix, count }, drop };
}
