/**
 * `npm run bench [-- fanout booking commit search]`: runs the benches in sequence (all of them, or
 * the ones named), prints a table per bench, writes `bench/results/<bench>.json` and rebuilds
 * `bench/results/latest.md`. Not part of `npm test`. Temporary files live under os.tmpdir() and
 * are removed; everything listens on 127.0.0.1 only.
 *
 * Environment (defaults in brackets): BENCH_SEARCH_APPLICANTS [1,000,000], BENCH_SEARCH_MINUTES [7],
 * BENCH_FANOUT_CLIENTS [400], BENCH_FANOUT_ROUNDS [200], BENCH_FANOUT_PROCESSES [2 client processes],
 * BENCH_STORM_SECONDS [12], BENCH_COMMIT_ROUNDS [200], BENCH_CLUSTER_STORM_SECONDS [12], BENCH_CLUSTER_ROUNDS [200] (the cluster bench needs PostgreSQL: TEST_POSTGRES_URL), BENCH_FLOOR_OPERATORS [400], BENCH_FLOOR_SECONDS [30], BENCH_ROUTING_CALLS [500], BENCH_DAY_SCALE [0.1 of the day's calls and operators], BENCH_DAY_SPEED [100× real time], BENCH_DAY_SEED [13], BENCH_CAPACITY_OPERATORS [400], BENCH_CAPACITY_CALLS [300 per step], BENCH_MESSAGES [10,000 e-mails in the burst], BENCH_NEAREST_HTTP [2,000 ZIP codes through HTTP], BENCH_READS_EXISTING [1,000,000 reads recorded before the record-reads bench measures]. For diagnosis only: BENCH_STORM_SYNCHRONOUS=
 * NORMAL|OFF runs the storm's server connection without the per-commit fsync (results go to
 * bench/results/booking-synchronous-<mode>.json).
 *
 * On a two-core machine the whole run takes about 5–9 minutes, most of it the search bench's build.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runBackupBench } from './backup/backup-bench';
import { runBookingStormBench } from './booking/storm-bench';
import { runCommitBench } from './booking/commit-bench';
import { runClusterBench } from './cluster/cluster-bench';
import { runFanoutBench } from './fanout/fanout-bench';
import { runFloorBench } from './floor/floor-bench';
import { runMessagesBench } from './messages/messages-bench';
import { runNearestBench } from './nearest/nearest-bench';
import { runRecordReadsBench } from './record-reads/record-reads-bench';
import { runRoutingCapacityBench } from './routing/capacity-bench';
import { runRoutingDayBench } from './routing/day-bench';
import { runRoutingLatencyBench } from './routing/latency-bench';
import { spawnBenchChild } from './lib/child';
import type { BenchFigure } from './lib/figures';
import { formatTable, machine, writeResult, type BenchResult } from './lib/report';
import type { SearchChildIn, SearchChildOut } from './lib/search-child';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

interface BenchContext {
  /** A temporary directory of this run, removed at the end. */
  dir: string;
  log: (line: string) => void;
}

interface BenchOutcome {
  figures: BenchFigure[];
  notes?: string[];
  details?: Record<string, unknown>;
}

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

const envNumber = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value))
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

/** Diagnostic: BENCH_STORM_SYNCHRONOUS=NORMAL runs the storm's server connection without a per-commit fsync. */
function envSynchronous(): 'FULL' | 'NORMAL' | 'OFF' | undefined {
  const raw = process.env.BENCH_STORM_SYNCHRONOUS?.toUpperCase();
  if (!raw) return undefined;
  if (raw !== 'FULL' && raw !== 'NORMAL' && raw !== 'OFF')
    throw new Error(`BENCH_STORM_SYNCHRONOUS must be FULL, NORMAL or OFF, got "${raw}"`);
  return raw;
}

const benches: Record<
  string,
  {
    title: string;
    timeoutMinutes: number;
    resultName?: () => string;
    run: (ctx: BenchContext) => Promise<BenchOutcome>;
  }
> = {
  fanout: {
    title: 'fan-out: slots:changed to 400 socket.io clients vs a raw ws broadcast',
    timeoutMinutes: 4,
    run: ({ log }) =>
      runFanoutBench({
        clients: envInt('BENCH_FANOUT_CLIENTS', 400),
        rounds: envInt('BENCH_FANOUT_ROUNDS', 200),
        processes: envInt('BENCH_FANOUT_PROCESSES', 2),
        log,
      }),
  },
  booking: {
    title: 'booking storm: 64 workers on 100 seats through HTTP',
    timeoutMinutes: 4,
    // A diagnostic run keeps its own results file next to the real one.
    resultName: () =>
      envSynchronous() ? `booking-synchronous-${envSynchronous()!.toLowerCase()}` : 'booking',
    run: ({ dir, log }) =>
      runBookingStormBench({
        dir,
        log,
        stormSeconds: envInt('BENCH_STORM_SECONDS', 12),
        synchronous: envSynchronous(),
      }),
  },
  commit: {
    title: "commit to another client: a hold's commit to its slots:changed at a second console",
    timeoutMinutes: 3,
    run: ({ dir, log }) => runCommitBench({ dir, log, rounds: envInt('BENCH_COMMIT_ROUNDS', 200) }),
  },
  cluster: {
    title:
      'beyond one machine: storm and commit-to-other-client on two instances over PostgreSQL, beside one over SQLite',
    timeoutMinutes: 6,
    run: ({ dir, log }) =>
      runClusterBench({
        dir,
        log,
        stormSeconds: envInt('BENCH_CLUSTER_STORM_SECONDS', 12),
        rounds: envInt('BENCH_CLUSTER_ROUNDS', 200),
      }),
  },
  floor: {
    title: "the lead's floor: 400 operators changing state every few seconds, in Chromium",
    timeoutMinutes: 6,
    run: ({ dir, log }) =>
      runFloorBench({
        dir,
        log,
        operators: envInt('BENCH_FLOOR_OPERATORS', 400),
        loadSeconds: envInt('BENCH_FLOOR_SECONDS', 30),
      }),
  },
  routing: {
    title: 'routing latency: a call posted → call:offered at the operator, one and two instances',
    timeoutMinutes: 10,
    run: ({ dir, log }) => runRoutingLatencyBench({ dir, log, rounds: envInt('BENCH_ROUTING_CALLS', 500) }),
  },
  'routing-day': {
    title: 'a simulated day of the phone line against Erlang A and C, then a reassignment',
    timeoutMinutes: 20,
    run: ({ dir, log }) =>
      runRoutingDayBench({
        dir,
        log,
        scale: envNumber('BENCH_DAY_SCALE', 0.1),
        speed: envInt('BENCH_DAY_SPEED', 100),
        seed: envInt('BENCH_DAY_SEED', 13),
        ...(process.env.BENCH_DAY_HALF_HOURS ? { halfHours: envInt('BENCH_DAY_HALF_HOURS', 26) } : {}),
        recovery: process.env.BENCH_DAY_RECOVERY !== 'off',
      }),
  },
  'routing-capacity': {
    title: 'routing capacity: the highest arrival rate one instance routes with p99 ≤ 50 ms',
    timeoutMinutes: 6,
    run: ({ dir, log }) =>
      runRoutingCapacityBench({
        dir,
        log,
        operators: envInt('BENCH_CAPACITY_OPERATORS', 400),
        callsPerStep: envInt('BENCH_CAPACITY_CALLS', 300),
        multiples: [10, 20, 40, 60, 80, 120, 160],
      }),
  },
  nearest: {
    title: 'the nearest consulate with a seat: ranking over every US ZIP code, in process and through HTTP',
    timeoutMinutes: 8,
    run: ({ dir, log }) => runNearestBench({ dir, log, httpSample: envInt('BENCH_NEAREST_HTTP', 2000) }),
  },
  'record-reads': {
    title: 'who looked at whom: a read recorded (one INSERT, its own commit) against the same read alone',
    timeoutMinutes: 5,
    run: async ({ dir, log }) => ({
      figures: await runRecordReadsBench({
        dir,
        log,
        existingReads: envInt('BENCH_READS_EXISTING', 1_000_000),
      }),
    }),
  },
  backup: {
    title: 'SQLite backup of the 200,000-applicant demo database, idle and under booking load',
    timeoutMinutes: 10,
    run: ({ dir, log }) =>
      runBackupBench({ dir, log, applicants: envInt('BENCH_BACKUP_APPLICANTS', 200_000) }),
  },
  messages: {
    title: 'a burst of 10,000 bookings: queued → accepted by the SMTP server, against nodemailer alone',
    timeoutMinutes: 10,
    run: ({ dir, log }) => runMessagesBench({ dir, log, messages: envInt('BENCH_MESSAGES', 10_000) }),
  },
  search: {
    title: 'applicant search at scale',
    // The search bench runs in a child process that is killed when its time is up: its build is
    // synchronous, which no timer in this process could interrupt.
    timeoutMinutes: envInt('BENCH_SEARCH_MINUTES', 7) + 0.5,
    run: async ({ dir, log }) => {
      const applicants = envInt('BENCH_SEARCH_APPLICANTS', 1_000_000);
      const minutes = envInt('BENCH_SEARCH_MINUTES', 7);
      const searchDir = join(dir, 'search');
      mkdirSync(searchDir, { recursive: true });
      let pending = '';
      const child = spawnBenchChild<SearchChildIn, SearchChildOut>(
        new URL('./lib/search-child.ts', import.meta.url),
        'search bench',
        {
          onOutput: (text) => {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) if (line.trim()) log(line.trimEnd());
          },
        },
      );
      try {
        child.send({ type: 'run', applicants, dir: searchDir });
        const { figures } = await child.next('done', minutes * 60_000);
        return {
          figures,
          notes: [
            `${applicants.toLocaleString('en-US')} synthetic applicants (BENCH_SEARCH_APPLICANTS), measured by bench/search/search-bench.ts in a child process given at most ${minutes} minutes (BENCH_SEARCH_MINUTES).`,
          ],
        };
      } finally {
        await child.close();
        rmSync(searchDir, { recursive: true, force: true });
      }
    },
  },
};

function selected(argv: readonly string[]): string[] {
  const names = argv.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !(n in benches));
  if (unknown.length)
    throw new Error(`unknown bench ${unknown.join(', ')}; choose among ${Object.keys(benches).join(', ')}`);
  return names.length ? Object.keys(benches).filter((n) => names.includes(n)) : Object.keys(benches);
}

async function runOne(name: string, ctx: BenchContext): Promise<BenchResult> {
  const bench = benches[name]!;
  const m = machine();
  const started = performance.now();
  console.log(`\n=== ${name}: ${bench.title}`);
  let outcome: BenchOutcome = { figures: [] };
  let error: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${name} took longer than ${bench.timeoutMinutes} minutes`)),
        bench.timeoutMinutes * 60_000,
      );
    });
    outcome = await Promise.race([bench.run(ctx), timeout]);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  } finally {
    clearTimeout(timer);
  }
  const result: BenchResult = {
    bench: bench.resultName?.() ?? name,
    date: new Date().toISOString(),
    node: m.node,
    cpus: m.cpus,
    cpuModel: m.cpuModel,
    loadAverage: { start: m.load, end: machine().load },
    durationSeconds: (performance.now() - started) / 1000,
    figures: outcome.figures,
    notes: outcome.notes ?? [],
    ...(outcome.details ? { details: outcome.details } : {}),
    ...(error ? { error } : {}),
  };
  if (result.figures.length) console.log(`\n${formatTable(result.figures)}`);
  for (const note of result.notes) console.log(`  · ${note}`);
  console.log(
    `  (${result.durationSeconds.toFixed(0)} s, load average ${result.loadAverage.start.toFixed(2)} → ${result.loadAverage.end.toFixed(2)})`,
  );
  writeResult(RESULTS_DIR, result);
  return result;
}

async function main() {
  const names = selected(process.argv.slice(2));
  const m = machine();
  console.log(
    `bench: ${names.join(', ')} · Node ${m.node} · ${m.cpus} × ${m.cpuModel} · load average ${m.load.toFixed(2)}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-bench-'));
  const stop = () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const results: BenchResult[] = [];
  try {
    const log = (line: string) => console.log(`  ${line}`);
    for (const name of names) results.push(await runOne(name, { dir, log }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const missed = results.flatMap((r) =>
    r.figures.filter((f) => f.pass === false).map((f) => `${r.bench}: ${f.name}`),
  );
  const failed = results.filter((r) => r.error).map((r) => r.bench);
  console.log(
    `\nwrote ${results.map((r) => `bench/results/${r.bench}.json`).join(', ')} and bench/results/latest.md`,
  );
  if (failed.length) console.log(`failed: ${failed.join(', ')}`);
  if (missed.length) console.log(`goals missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  // Open handles of a failed bench must not keep the process alive.
  process.exit(failed.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
