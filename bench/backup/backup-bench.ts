/**
 * Backups of the demo database with 200,000 applicants (SEED_APPLICANTS, seeded once into a temporary
 * file): the online backup API in one step (what `npm run backup` uses) against `VACUUM INTO`, each
 * idle and then while 32 clients book through a server process on the same file; and the online
 * backup in steps of 100 pages (better-sqlite3's default) under that load, which restarts whenever
 * the server commits between two steps. Figures: file size, time (copy and check), MB/s, and what
 * the load saw during each backup (bookings per second, confirm p99) against the seconds before it.
 *
 * Layout: the server runs in its own process (`server/main.ts`), each backup under load in its own
 * (`server/cli/backup.ts --method=…`, as an operator runs it), the clients in this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { systemClock } from '../../server/kernel/clock';
import { backupSqlite, type BackupMethod } from '../../server/platform/backup/sqlite-backup';
import { openDatabase } from '../../server/platform/db/database';
import { migrateToLatest } from '../../server/platform/db/migrate';
import { seedDemo } from '../../server/seed/demo-seed';
import { figure, percentile, sortNumbers, type BenchFigure } from '../lib/figures';
import { startBookingLoad, type BookingLoad } from './booking-load';
import { prepareBookingScene } from './booking-scene';

const BENCH = 'backup';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKERS = 32;
const STEP_PAGES = 100;
const STEPPED_GIVE_UP_MS = 60_000;

export interface BackupBenchOptions {
  dir: string;
  applicants?: number;
  log?: (line: string) => void;
}

const mb = (bytes: number) => bytes / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seed(path: string, applicants: number) {
  const database = await openDatabase(`sqlite:${path}`);
  try {
    await migrateToLatest(database.db as never, database.dialect);
    await seedDemo(
      database.db,
      { SEED_DAYS: 60, SEED_APPLICANTS: applicants, DEMO_PASSWORD: 'demo1234' },
      systemClock,
      database.bulkInsert,
    );
  } finally {
    await database.close();
  }
}

function startServerProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: 'none',
      LOG_LEVEL: 'warn',
      MAX_LIVE_HOLDS_PER_USER: '1000',
      HOLDS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not listen within 120 s\n${out}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        done({ url: match[1], child });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`server exited (${code})\n${out}`)));
  });
}

interface CliFigures {
  ms: number;
  copyMs: number;
  checkMs: number;
  bytes: number;
}

function runCli(databaseUrl: string, destination: string, method: BackupMethod): Promise<CliFigures> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/cli/backup.ts', destination, `--method=${method}`],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      const m = /(\d+) bytes in (\d+) ms \(copy (\d+) ms, check (\d+) ms/.exec(out);
      if (code !== 0 || !m) fail(new Error(`backup --method=${method} failed (${code}): ${out}`));
      else done({ bytes: Number(m[1]), ms: Number(m[2]), copyMs: Number(m[3]), checkMs: Number(m[4]) });
    });
  });
}

/** Bookings per second and confirm p99 the load saw between two instants. */
function window(load: BookingLoad, from: number, to: number) {
  const confirms = load.confirms.filter((c) => c.at >= from && c.at < to);
  const booked = load.acknowledged.filter((a) => a.at >= from && a.at < to).length;
  return {
    perSecond: booked / ((to - from) / 1000),
    p99: percentile(sortNumbers(confirms.map((c) => c.ms)), 99),
  };
}

/** The online backup in small steps from another connection while the server writes: restarts counted. */
async function steppedBackup(source: string, destination: string) {
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  let restarts = 0;
  let lastRemaining = Number.POSITIVE_INFINITY;
  let gaveUp = false;
  const started = performance.now();
  try {
    await db.backup(destination, {
      progress: ({ remainingPages }) => {
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        if (performance.now() - started > STEPPED_GIVE_UP_MS) {
          gaveUp = true;
          throw new Error('gave up');
        }
        return STEP_PAGES;
      },
    });
  } catch (error) {
    if (!gaveUp) throw error;
  } finally {
    db.close();
    rmSync(destination, { force: true });
  }
  return { ms: performance.now() - started, restarts, gaveUp };
}

export async function runBackupBench(options: BackupBenchOptions) {
  const log = options.log ?? (() => {});
  const applicants = options.applicants ?? 200_000;
  const source = join(options.dir, 'demo.sqlite');
  const databaseUrl = `sqlite:${source}`;
  const figures: BenchFigure[] = [];
  const details: Record<string, unknown> = {};

  const seeded = performance.now();
  await seed(source, applicants);
  log(
    `seeded ${applicants.toLocaleString('en-US')} applicants in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  // Idle: in this process, nothing else running.
  const idle: Record<BackupMethod, { ms: number; copyMs: number; checkMs: number; bytes: number }> =
    {} as never;
  for (const method of ['online', 'vacuum'] as const) {
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const copy = join(options.dir, `idle-${method}-${i}.sqlite`);
      runs.push(await backupSqlite(source, copy, { method }));
      rmSync(copy, { force: true });
    }
    const best = runs.sort((a, b) => a.ms - b.ms)[0]!;
    idle[method] = best;
    log(
      `idle ${method}: ${mb(best.bytes).toFixed(1)} MB in ${best.ms.toFixed(0)} ms (copy ${best.copyMs.toFixed(0)}, check ${best.checkMs.toFixed(0)}), runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms`,
    );
  }
  const sourceBytes = new BetterSqlite3(source, { readonly: true });
  const liveBytes =
    (sourceBytes.pragma('page_count', { simple: true }) as number) *
    (sourceBytes.pragma('page_size', { simple: true }) as number);
  sourceBytes.close();
  figures.push(
    figure({
      bench: BENCH,
      name: 'demo database (200,000 applicants): size',
      value: mb(liveBytes),
      unit: 'MB',
    }),
  );
  for (const [method, label] of [
    ['online', 'online backup API'],
    ['vacuum', 'VACUUM INTO'],
  ] as const) {
    const r = idle[method];
    figures.push(
      figure({
        bench: BENCH,
        name: `${label}, idle: copy + check`,
        value: r.ms,
        unit: 'ms',
        ...(method === 'vacuum'
          ? { baseline: { name: 'online backup API, idle', value: idle.online.ms } }
          : {}),
      }),
      figure({ bench: BENCH, name: `${label}, idle: copy only`, value: r.copyMs, unit: 'ms' }),
      figure({
        bench: BENCH,
        name: `${label}, idle: throughput (copy + check)`,
        value: mb(r.bytes) / (r.ms / 1000),
        unit: 'MB/s',
      }),
    );
  }
  details.idle = idle;

  // Under load: a server process books for 32 clients while the CLI copies the same file.
  const server = await startServerProcess(databaseUrl);
  try {
    const scene = await prepareBookingScene({
      url: server.url,
      databaseUrl,
      operators: 16,
      slots: 40,
      seatsPerSlot: 500,
    });
    log(`${scene.applicantIds.length} applicants to book for, ${scene.slotIds.length} slots of 500 seats`);
    const load = startBookingLoad(server.url, scene, { workers: WORKERS });
    try {
      await sleep(3_000);
      for (const method of ['online', 'vacuum'] as const) {
        const before0 = performance.now();
        await sleep(4_000);
        const began = performance.now();
        const cli = await runCli(databaseUrl, join(options.dir, `load-${method}.sqlite`), method);
        const ended = performance.now();
        rmSync(join(options.dir, `load-${method}.sqlite`), { force: true });
        const before = window(load, before0, began);
        const during = window(load, began, ended);
        const label = method === 'online' ? 'online backup API' : 'VACUUM INTO';
        log(
          `${method} under load: ${cli.ms} ms (copy ${cli.copyMs}, check ${cli.checkMs}); bookings ${before.perSecond.toFixed(0)}/s before, ${during.perSecond.toFixed(0)}/s during; confirm p99 ${before.p99.toFixed(1)} → ${during.p99.toFixed(1)} ms`,
        );
        figures.push(
          figure({
            bench: BENCH,
            name: `${label}, under booking load: copy + check`,
            value: cli.ms,
            unit: 'ms',
            baseline: { name: `${label}, idle`, value: idle[method].ms },
          }),
          figure({
            bench: BENCH,
            name: `${label}, under booking load: copy only`,
            value: cli.copyMs,
            unit: 'ms',
          }),
          figure({
            bench: BENCH,
            name: `bookings per second during the ${label} backup`,
            value: during.perSecond,
            unit: '/s',
            baseline: { name: 'the 4 s before it', value: before.perSecond },
          }),
          figure({
            bench: BENCH,
            name: `confirm p99 during the ${label} backup`,
            value: during.p99,
            unit: 'ms',
            baseline: { name: 'the 4 s before it', value: before.p99 },
          }),
        );
        details[`load-${method}`] = { cli, before, during };
      }
      const stepped = await steppedBackup(source, join(options.dir, 'stepped.sqlite'));
      log(
        `online backup in ${STEP_PAGES}-page steps under load: ${stepped.restarts} restarts, ${stepped.gaveUp ? `gave up after ${STEPPED_GIVE_UP_MS / 1000} s` : `done in ${stepped.ms.toFixed(0)} ms`}`,
      );
      figures.push(
        figure({
          bench: BENCH,
          name: `online backup in ${STEP_PAGES}-page steps under load: restarts`,
          value: stepped.restarts,
          unit: 'count',
        }),
        figure({
          bench: BENCH,
          name: `online backup in ${STEP_PAGES}-page steps under load: time${stepped.gaveUp ? ' (gave up)' : ''}`,
          value: stepped.ms,
          unit: 'ms',
        }),
      );
      details.stepped = stepped;
      details.loadCounts = load.counts;
      details.loadFailures = load.failures.slice(0, 20);
    } finally {
      await load.stop();
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  return {
    figures,
    details,
    notes: [
      `${applicants.toLocaleString('en-US')} applicants, 60 days of slots (the demo seed), one file; idle backups in the bench process (best of 2), backups under load through npm run backup's code in a process of its own (tsx start-up not counted).`,
      `Load: ${WORKERS} clients holding and confirming as fast as they can through a server process on the same file (synchronous = FULL).`,
    ],
  };
}
