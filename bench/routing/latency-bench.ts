/**
 * Routing latency: with one operator available, the time from the telephony side's call POST to
 * `call:offered` at that operator's console, one call at a time (the operator accepts and ends each
 * before the next), against the round trip of a socket event and its acknowledgement on the same
 * console in the same run. On one instance over SQLite, one over PostgreSQL, and two over
 * PostgreSQL + Redis with the call posted to the first and the operator's console on the second.
 * Servers are real processes; the clients run in a child process and time everything on its clock.
 */
import { spawnBenchChild } from '../lib/child';
import { figure, type BenchFigure } from '../lib/figures';
import { describe, summarize, type Summary } from '../lib/stats';
import {
  addRoutingOperators,
  startPostgresRouting,
  startSqliteRouting,
  TELEPHONY_TOKEN,
  type RoutingDeployment,
} from './routing-setup';
import type { RoutingChildIn, RoutingChildOut } from './routing-protocol';

const BENCH = 'routing';
export const ROUTING_QUEUE = 'q-region-ca';
const GOAL_P99_MS = 50;

export interface RoutingLatencyOptions {
  dir: string;
  rounds: number;
  log: (line: string) => void;
  /** Also one PostgreSQL instance (two are always measured when PostgreSQL answers). */
  postgresSingle?: boolean;
}

interface Measured {
  label: string;
  key: string;
  offered: Summary;
  posted: Summary;
  roundTrip: Summary;
  failures: number;
}

export const routingClients = () =>
  spawnBenchChild<RoutingChildIn, RoutingChildOut>(
    new URL('./routing-clients.ts', import.meta.url),
    'routing clients',
  );

async function measure(
  key: string,
  start: () => Promise<RoutingDeployment>,
  options: RoutingLatencyOptions,
): Promise<Measured> {
  const deployment = await start();
  const child = routingClients();
  try {
    const { urls } = deployment.cluster;
    const consoleUrl = urls[urls.length - 1]!;
    const { operators } = await addRoutingOperators(
      deployment.cluster.databaseUrl,
      1,
      () => ROUTING_QUEUE,
      () => consoleUrl,
    );
    child.send({ type: 'connect', telephonyUrl: urls[0]!, telephonyToken: TELEPHONY_TOKEN, operators });
    await child.next('connected', 60_000);
    child.send({
      type: 'latency',
      rounds: options.rounds,
      warmup: Math.min(50, Math.ceil(options.rounds / 10)),
      queueId: ROUTING_QUEUE,
      operatorUserId: operators[0]!.userId,
    });
    const done = await child.next('latency-done', 60_000 + options.rounds * 200);
    const result = {
      key,
      label: deployment.label,
      offered: summarize(done.offered),
      posted: summarize(done.posted),
      roundTrip: summarize(done.roundTrip),
      failures: done.failures,
    };
    options.log(`${deployment.label}: call posted → call:offered ${describe(result.offered)}`);
    options.log(`${deployment.label}: socket round trip ${describe(result.roundTrip)}`);
    if (done.firstFailure) options.log(`${deployment.label}: first failure ${done.firstFailure}`);
    return result;
  } finally {
    child.send({ type: 'close' });
    await child.close();
    await deployment.cluster.close();
  }
}

const figuresOf = (m: Measured, headline: boolean): BenchFigure[] => [
  figure({
    bench: BENCH,
    name: `call posted → call:offered p50, ${m.label}`,
    value: m.offered.p50,
    unit: 'ms',
    baseline: { name: 'socket round trip p50', value: m.roundTrip.p50 },
  }),
  figure({
    bench: BENCH,
    name: `call posted → call:offered p99, ${m.label}`,
    value: m.offered.p99,
    unit: 'ms',
    baseline: { name: 'socket round trip p99', value: m.roundTrip.p99 },
    ...(headline ? { goal: `≤ ${GOAL_P99_MS} ms`, pass: m.offered.p99 <= GOAL_P99_MS } : {}),
  }),
  figure({
    bench: BENCH,
    name: `call POST answered (201) p50, ${m.label}`,
    value: m.posted.p50,
    unit: 'ms',
    baseline: { name: 'socket round trip p50', value: m.roundTrip.p50 },
  }),
];

export async function runRoutingLatencyBench(options: RoutingLatencyOptions) {
  const measured: Measured[] = [];
  const notes: string[] = [];
  measured.push(await measure('sqlite', () => startSqliteRouting(options.dir, 'latency'), options));
  try {
    if (options.postgresSingle !== false)
      measured.push(await measure('postgres-1', () => startPostgresRouting(1), options));
    measured.push(await measure('postgres-2', () => startPostgresRouting(2), options));
  } catch (error) {
    notes.push(`PostgreSQL part not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  const failures = measured.reduce((sum, m) => sum + m.failures, 0);
  return {
    figures: [
      ...measured.flatMap((m) => figuresOf(m, m.key === 'sqlite')),
      figure({
        bench: BENCH,
        name: 'failed requests',
        value: failures,
        unit: 'count',
        goal: '= 0',
        pass: failures === 0,
      }),
    ],
    notes: [
      `${options.rounds} calls per deployment (BENCH_ROUTING_CALLS) after a warm-up, one at a time: the telephony side posts a call to queue ${ROUTING_QUEUE} with one operator available, the operator's console receives call:offered, accepts (POST /api/offers/:id/accept) and ends the call at once (POST /api/calls/:id/end), then 2–8 ms until the next.`,
      'Latency = call:offered received − call POST sent, both in the clients’ child process. Baseline: a socket event (slots:unsubscribe) and its acknowledgement on the same console, just before each call.',
      'Servers are real processes (the fault tests’ harness) seeded with the demo data; with two instances the call is posted to the first and the operator’s console is connected to the second, so the offer crosses instances (Redis adapter).',
      ...notes,
    ],
    details: Object.fromEntries(measured.map((m) => [m.key, m])),
  };
}
