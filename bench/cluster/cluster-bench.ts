/**
 * Beyond one machine, measured: the booking storm (64 workers on 100 seats, bench/booking's
 * workers) and commit-to-another-client (bench/booking's clients, 200 rounds) on two server
 * instances over PostgreSQL, each figure beside the same load on one instance over SQLite, in the
 * same run. Every server is a real process (the fault tests' harness), so both deployments pay
 * the same process and loopback costs; the clients run in child processes.
 */
import { figure, type BenchFigure } from '../lib/figures';
import { runClusterCommit, type CommitFigures } from './cluster-commit';
import { startPostgresDeployment, startSqliteDeployment, type Deployment } from './cluster-setup';
import { runClusterStorm, type StormFigures } from './cluster-storm';

const BENCH = 'cluster';

export interface ClusterBenchOptions {
  dir: string;
  stormSeconds?: number;
  rounds?: number;
  log?: (line: string) => void;
}

interface Measured {
  label: string;
  storm: StormFigures;
  commit: CommitFigures;
}

async function measure(
  start: () => Promise<Deployment>,
  stormSeconds: number,
  rounds: number,
  log: (line: string) => void,
): Promise<Measured> {
  const deployment = await start();
  try {
    log(`${deployment.label}: ${deployment.cluster.urls.join(', ')}`);
    const storm = await runClusterStorm(deployment, stormSeconds, log);
    const commit = await runClusterCommit(deployment, rounds, log);
    return { label: deployment.label, storm, commit };
  } finally {
    await deployment.cluster.close();
  }
}

export async function runClusterBench(options: ClusterBenchOptions) {
  const log = options.log ?? (() => {});
  const stormSeconds = options.stormSeconds ?? 12;
  const rounds = options.rounds ?? 200;
  const sqlite = await measure(() => startSqliteDeployment(options.dir), stormSeconds, rounds, log);
  const postgres = await measure(startPostgresDeployment, stormSeconds, rounds, log);
  const base = (name: string, value: number) => ({ name: `${name}, ${sqlite.label}`, value });
  const violations = sqlite.storm.violations.length + postgres.storm.violations.length;
  const figures: BenchFigure[] = [
    figure({
      bench: BENCH,
      name: 'violations (over-capacity, ledger, lost bookings), both deployments',
      value: violations,
      unit: 'count',
      goal: '= 0',
      pass: violations === 0,
    }),
    figure({
      bench: BENCH,
      name: `bookings per second, storm, ${postgres.label}`,
      value: postgres.storm.bookingsPerSecond,
      unit: 'bookings/s',
      baseline: base('same storm', sqlite.storm.bookingsPerSecond),
    }),
    figure({
      bench: BENCH,
      name: `confirm p50, storm, ${postgres.label}`,
      value: postgres.storm.confirm.p50,
      unit: 'ms',
      baseline: base('confirm p50', sqlite.storm.confirm.p50),
    }),
    figure({
      bench: BENCH,
      name: `confirm p99, storm, ${postgres.label}`,
      value: postgres.storm.confirm.p99,
      unit: 'ms',
      baseline: base('confirm p99', sqlite.storm.confirm.p99),
    }),
    figure({
      bench: BENCH,
      name: `hold p99, storm, ${postgres.label}`,
      value: postgres.storm.hold.p99,
      unit: 'ms',
      baseline: base('hold p99', sqlite.storm.hold.p99),
    }),
    figure({
      bench: BENCH,
      name: "commit on A → client on B's event p50 (from the 201)",
      value: postgres.commit.fromCommit.p50,
      unit: 'ms',
      baseline: base('same instance p50', sqlite.commit.fromCommit.p50),
    }),
    figure({
      bench: BENCH,
      name: "commit on A → client on B's event p99 (from the 201)",
      value: postgres.commit.fromCommit.p99,
      unit: 'ms',
      baseline: base('same instance p99', sqlite.commit.fromCommit.p99),
      goal: '≤ 50 ms',
      pass: postgres.commit.fromCommit.p99 <= 50,
    }),
    figure({
      bench: BENCH,
      name: "hold sent on A → client on B's event p99",
      value: postgres.commit.fromSend.p99,
      unit: 'ms',
      baseline: base('same instance', sqlite.commit.fromSend.p99),
    }),
  ];
  const notes = [
    `Deployments, one after the other in this run: ${sqlite.label} (SQLite WAL, synchronous = FULL) and ${postgres.label} (PostgreSQL 15 on this machine, a schema of its own, LISTEN/NOTIFY + polling every SLOT_EVENT_POLL_MS for events across instances). Each server is its own process started as \`npm run server\` starts it (test/fault/support/cluster.ts), seeded with 3000 applicants and 14 days of slots.`,
    `Storm: bench/booking/storm-workers.ts unchanged, ${stormSeconds} s closed loop, 2 worker processes × 32 workers (one process per instance on PostgreSQL, both on the one instance on SQLite), 16 operators, 10 slots × 10 seats at LAX; hold, then confirm with an Idempotency-Key (55%, a quarter sent twice at once) or release, 20% cancels. Bookings per second = appointments created / storm seconds.`,
    `Storm answers, SQLite: ${JSON.stringify(sqlite.storm.statuses)}; PostgreSQL: ${JSON.stringify(postgres.storm.statuses)}.`,
    `Commit: bench/booking/commit-clients.ts unchanged but for its socket's address: A holds on the first instance over HTTP, B listens on socket.io on the last one (the same one on SQLite); ${rounds} rounds after 20 warm-up, one at a time. ws round trip p99 (baseline of the commit bench): ${sqlite.commit.wsRoundTrip.p99.toFixed(2)} ms / ${postgres.commit.wsRoundTrip.p99.toFixed(2)} ms.`,
    ...[...sqlite.storm.violations, ...postgres.storm.violations].slice(0, 10).map((v) => `VIOLATION ${v}`),
  ];
  return { figures, notes, details: { sqlite, postgres } };
}
