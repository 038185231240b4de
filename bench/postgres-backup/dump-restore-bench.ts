/**
 * `npx tsx bench/postgres-backup/dump-restore-bench.ts`: how long the PostgreSQL backup recipe of
 * docs/DEPLOYMENT.md takes on the demo database (BENCH_PG_APPLICANTS [200,000] applicants, 60 days
 * of slots), with the operator's own scripts:
 *
 * - `deploy/postgres/dump.sh` (pg_dump -Fc of the schema, read back): BENCH_PG_DUMPS [3] times;
 * - `deploy/postgres/restore.sh` into a new database (direct: the dumped name is free there) and
 *   beside the live schema in the same database (through a scratch database);
 * - for comparison, `pg_restore --jobs=2` straight into a new database (faster, not one transaction);
 * - a server started on the restored schema, until /api/ready answers ready.
 *
 * PostgreSQL at TEST_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/test); the role must create
 * databases. Everything it creates (databases named miconsulado_bench_pgbackup_*) is dropped at the end.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { startServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DUMP_SH = join(ROOT, 'deploy/postgres/dump.sh');
const RESTORE_SH = join(ROOT, 'deploy/postgres/restore.sh');

const BASE_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const APPLICANTS = Number(process.env.BENCH_PG_APPLICANTS ?? 200_000);
const DUMPS = Number(process.env.BENCH_PG_DUMPS ?? 3);

const tag = randomBytes(3).toString('hex');
const SOURCE_DB = `miconsulado_bench_pgbackup_${tag}_a`;
const TARGET_DB = `miconsulado_bench_pgbackup_${tag}_b`;
const PARALLEL_DB = `miconsulado_bench_pgbackup_${tag}_c`;

const urlOf = (database: string, schema?: string) => {
  const url = new URL(BASE_URL);
  url.pathname = `/${database}`;
  if (schema) url.searchParams.set('schema', schema);
  return url.toString();
};

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function count(url: string, schema: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from "${schema}"."${table}"`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - started), value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-pgbackup-bench-'));
  const figures: [string, string][] = [];
  try {
    for (const database of [SOURCE_DB, TARGET_DB, PARALLEL_DB]) await admin(`create database "${database}"`);
    const live = urlOf(SOURCE_DB, 'site');
    const seeded = await timed(() =>
      run('npx', ['tsx', 'server/cli/seed.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: live, SEED: 'demo', SEED_APPLICANTS: String(APPLICANTS) },
        maxBuffer: 1 << 24,
      }),
    );
    const applicants = await count(urlOf(SOURCE_DB), 'site', 'applicants');
    const slots = await count(urlOf(SOURCE_DB), 'site', 'slots');
    figures.push(['seeded', `${applicants} applicants, ${slots} slots in ${seeded.ms} ms`]);

    const dumpMs: number[] = [];
    let file = '';
    for (let i = 0; i < DUMPS; i++) {
      const dumped = await timed(() => run(DUMP_SH, [dir], { env: { ...process.env, DATABASE_URL: live } }));
      dumpMs.push(dumped.ms);
      file = dumped.value.stdout.trim().split('\n').at(-1)!;
    }
    const bytes = statSync(file).size;
    figures.push([
      'dump.sh (pg_dump -Fc + read back)',
      `${(bytes / 1e6).toFixed(1)} MB, median ${median(dumpMs)} ms of ${DUMPS} (${dumpMs.join(', ')})`,
    ]);

    const direct = await timed(() => run(RESTORE_SH, [file, urlOf(TARGET_DB, 'site_restored')]));
    figures.push(['restore.sh into a new database (direct, one transaction)', `${direct.ms} ms`]);
    const beside = await timed(() => run(RESTORE_SH, [file, urlOf(SOURCE_DB, 'site_drill')]));
    figures.push(['restore.sh beside the live schema (scratch database)', `${beside.ms} ms`]);
    const parallel = await timed(() =>
      run('pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--jobs=2',
        `--dbname=${urlOf(PARALLEL_DB)}`,
        file,
      ]),
    );
    figures.push(['pg_restore --jobs=2 into a new database (not one transaction)', `${parallel.ms} ms`]);

    const restoredUrl = urlOf(TARGET_DB, 'site_restored');
    const started = performance.now();
    const server = await startServer(
      loadConfig({ PORT: '0', DATABASE_URL: restoredUrl, LOG_LEVEL: 'warn' }),
      {
        log: () => undefined,
      },
    );
    try {
      const ready = await fetch(`${server.url}/api/ready`);
      const readyMs = Math.round(performance.now() - started);
      figures.push([
        'server start on the restored schema until /api/ready',
        `${readyMs} ms (answered ${ready.status})`,
      ]);
      const restoredApplicants = await count(urlOf(TARGET_DB), 'site_restored', 'applicants');
      figures.push(['applicants on the restored schema', String(restoredApplicants)]);
      if (restoredApplicants !== applicants)
        throw new Error(`restored ${restoredApplicants} of ${applicants} applicants`);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const database of [SOURCE_DB, TARGET_DB, PARALLEL_DB])
      await admin(`drop database if exists "${database}" with (force)`).catch((error: unknown) =>
        console.error(`could not drop ${database}: ${String(error)}`),
      );
  }
  const width = Math.max(...figures.map(([name]) => name.length));
  console.log(`PostgreSQL backup of the demo database (${APPLICANTS} applicants requested):`);
  for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
}

await main();
