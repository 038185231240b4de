/**
 * Booking storm: 64 concurrent workers fight over exactly 100 seats through the HTTP API of a real
 * server (startServer on a temporary SQLite file, demo data), to count over-bookings (goal 0) and
 * time holds (goal p99 ≤ 5 ms).
 *
 * Layout: the server runs in this process, the workers in a child process, the invariant monitor in
 * another (bench/lib/child.ts), so neither the clients nor the monitor's reads run on the server's
 * event loop. Ten slots of one consulate get 10 seats each (PATCH as lead1). Rate limits are raised
 * so that they never answer instead of the engine. The workers act as 16 operators.
 *
 * Phases, with the same workers and connections: `GET /api/health` in a closed loop (the HTTP floor
 * at this concurrency, the baseline), the storm in a closed loop (no pause between a worker's
 * requests), the floor again; then one worker alone (floor, storm: the cost of one request without
 * queueing); then floor and storm with 64 workers pausing 0.5–1.5 s between requests (a busy floor
 * of operators rather than a saturating loop). Invariants are checked throughout (every 100 ms, one
 * read snapshot) and at the end against the workers' own ledger and the API.
 */
import { sql } from 'kysely';
import { spawnBenchChild } from '../lib/child';
import { figure, type BenchFigure } from '../lib/figures';
import { createHttpClient } from '../lib/http-client';
import { loginAll, startBenchServer } from '../lib/bench-server';
import { describe, summarize, type Summary } from '../lib/stats';
import type { MonitorIn, MonitorOut } from './invariant-monitor';
import type {
  PhaseResult,
  PhaseSpec,
  StormChildIn,
  StormChildOut,
  StormSlot,
  StormViolation,
} from './storm-protocol';

const BENCH = 'booking';
const WORKERS = 64;
const OPERATORS = 16;
const SLOTS = 10;
const SEATS_PER_SLOT = 10;
const CONSULATE = 'LAX';
const PROCEDURE = 'passport-renewal';
const THINK_MS: [number, number] = [500, 1500];

export interface StormBenchOptions {
  dir: string;
  stormSeconds?: number;
  /**
   * Diagnostic only: run the server's connection with this `PRAGMA synchronous` (the server uses
   * FULL). Set by BENCH_STORM_SYNCHRONOUS to measure what the per-commit fsync costs.
   */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
  log?: (line: string) => void;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function runBookingStormBench(options: StormBenchOptions) {
  const log = options.log ?? (() => {});
  const stormSeconds = options.stormSeconds ?? 12;
  const server = await startBenchServer({
    dir: options.dir,
    name: 'storm',
    log,
    env: { MAX_LIVE_HOLDS_PER_USER: '1000', HOLDS_PER_MINUTE: '100000', HOLD_TTL_SECONDS: '900' },
  });
  const setup = createHttpClient(server.url, { connections: 4 });
  const workers = spawnBenchChild<StormChildIn, StormChildOut>(
    new URL('./storm-workers.ts', import.meta.url),
    'storm workers',
  );
  const monitor = spawnBenchChild<MonitorIn, MonitorOut>(
    new URL('./invariant-monitor.ts', import.meta.url),
    'invariant monitor',
  );
  try {
    if (options.synchronous && options.synchronous !== 'FULL') {
      await sql.raw(`pragma synchronous = ${options.synchronous}`).execute(server.database.db);
      log(`DIAGNOSTIC: server connection switched to synchronous = ${options.synchronous}`);
    }
    const synchronous = (await sql<{ synchronous: number }>`pragma synchronous`.execute(server.database.db))
      .rows[0]?.synchronous;
    const synchronousName = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][synchronous ?? -1] ?? String(synchronous);

    // Setup through the API: tokens, 10 future slots of one consulate at 10 seats each.
    const [lead] = await loginAll(setup, ['lead1']);
    const operators = await loginAll(
      setup,
      Array.from({ length: OPERATORS }, (_, i) => `operator${i + 1}`),
    );
    const today = new Date().toISOString().slice(0, 10);
    const range = `consulateId=${CONSULATE}&from=${addDays(today, 1)}&to=${addDays(today, 10)}`;
    const list = await setup.request<{ items: { id: string; start: string; capacity: number }[] }>(
      'GET',
      `/api/slots?${range}`,
      { token: lead!.token },
    );
    const future = list.body.items.filter((s) => Date.parse(s.start) > Date.now() + 6 * 3_600_000);
    if (future.length < SLOTS) throw new Error(`only ${future.length} future slots at ${CONSULATE}`);
    const chosen = Array.from({ length: SLOTS }, (_, i) => future[Math.floor((i * future.length) / SLOTS)]!);
    const slots: StormSlot[] = [];
    for (const s of chosen) {
      const patched = await setup.request<{ capacity: number; available: number }>(
        'PATCH',
        `/api/slots/${s.id}`,
        { token: lead!.token, body: { capacity: SEATS_PER_SLOT } },
      );
      if (patched.status !== 200 || patched.body.available !== SEATS_PER_SLOT)
        throw new Error(`PATCH ${s.id}: ${patched.status} ${JSON.stringify(patched.body)}`);
      slots.push({ id: s.id, capacity: patched.body.capacity });
    }
    const seats = slots.reduce((n, s) => n + s.capacity, 0);
    const applicantIds = (
      await server.database.db
        .selectFrom('applicants')
        .select('id')
        .where('sandbox', '=', 'live')
        .orderBy('id')
        .execute()
    ).map((r) => r.id);
    log(
      `${seats} seats on ${slots.length} slots of ${CONSULATE}; ${WORKERS} workers as ${operators.length} operators; ${applicantIds.length} applicants; synchronous = ${synchronousName}`,
    );

    monitor.send({
      type: 'start',
      databaseUrl: server.databaseUrl,
      slotIds: slots.map((s) => s.id),
      intervalMs: 100,
    });
    await monitor.next('started', 30_000);
    workers.send({
      type: 'init',
      plan: {
        baseUrl: server.url,
        tokens: operators.map((o) => o.token),
        slots,
        applicantIds,
        procedureId: PROCEDURE,
        workers: WORKERS,
      },
    });
    await workers.next('ready', 60_000);

    const phases: PhaseSpec[] = [
      { name: 'floor', kind: 'health', seconds: 3 },
      { name: 'storm', kind: 'storm', seconds: stormSeconds },
      { name: 'floor, again', kind: 'health', seconds: 3 },
      { name: 'serial floor', kind: 'health', seconds: 2, workers: 1 },
      { name: 'serial storm', kind: 'storm', seconds: 5, workers: 1 },
      { name: 'paced floor', kind: 'health', seconds: 6, thinkMs: THINK_MS },
      { name: 'paced storm', kind: 'storm', seconds: stormSeconds, thinkMs: THINK_MS },
    ];
    const results: PhaseResult[] = [];
    // The server's CPU time per request (this process runs nothing else during a phase): unlike
    // latency, it does not count time spent waiting for the disk or for a core.
    const cpuPerRequest = new Map<string, number>();
    for (const phase of phases) {
      const cpu0 = process.cpuUsage();
      workers.send({ type: 'phase', phase });
      const { result } = await workers.next('phase-done', (phase.seconds + 60) * 1000);
      const cpu = process.cpuUsage(cpu0);
      cpuPerRequest.set(phase.name, (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests));
      results.push(result);
      log(
        `${phase.name}: ${result.requests} requests in ${result.seconds.toFixed(1)} s (${(result.requests / result.seconds).toFixed(0)}/s), server CPU ${(cpuPerRequest.get(phase.name)! * 1000).toFixed(0)} µs per request; ` +
          Object.entries(result.statuses)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', '),
      );
      for (const [op, values] of Object.entries(result.latencies))
        log(`  ${op}: ${describe(summarize(values))}`);
    }

    // The end state: counters, reservations, the workers' ledger and the API must all agree.
    workers.send({ type: 'finish' });
    const finished = await workers.next('finished', 60_000);
    monitor.send({ type: 'check', when: 'at the end' });
    const { slots: finalSlots } = await monitor.next('checked', 30_000);
    monitor.send({ type: 'stop' });
    const monitored = await monitor.next('stopped', 30_000);
    const finalViolations: StormViolation[] = [];
    const bookedInDb = new Set(
      (
        await server.database.db
          .selectFrom('reservations')
          .select('appointment_id')
          .where('sandbox', '=', 'live')
          .where('status', '=', 'booked')
          .execute()
      ).map((r) => r.appointment_id),
    );
    const apiSlots = await setup.request<{ items: { id: string; available: number }[] }>(
      'GET',
      `/api/slots?${range}`,
      { token: lead!.token },
    );
    for (const s of finalSlots) {
      const taken = finished.ledger[s.id] ?? 0;
      if (s.held + s.booked !== taken)
        finalViolations.push({
          kind: 'ledger_mismatch',
          detail: `at the end: ${s.id} has ${s.held} held + ${s.booked} booked, the workers hold ${taken}`,
        });
      const booked = finished.appointments.filter((a) => a.slotId === s.id).length;
      if (s.booked !== booked)
        finalViolations.push({
          kind: 'ledger_mismatch',
          detail: `at the end: ${s.id} has ${s.booked} bookings, the workers have ${booked}`,
        });
      const api = apiSlots.body.items.find((x) => x.id === s.id);
      if (!api || api.available !== s.capacity - taken)
        finalViolations.push({
          kind: 'ledger_mismatch',
          detail: `at the end: GET /api/slots says ${api?.available} available on ${s.id}, expected ${s.capacity - taken}`,
        });
    }
    for (const a of finished.appointments)
      if (!bookedInDb.has(a.id))
        finalViolations.push({
          kind: 'ledger_mismatch',
          detail: `appointment ${a.id} is not booked in the database`,
        });
    if (bookedInDb.size !== finished.appointments.length)
      finalViolations.push({
        kind: 'ledger_mismatch',
        detail: `${bookedInDb.size} bookings in the database, the workers have ${finished.appointments.length}`,
      });

    const workerViolations = results.reduce((n, r) => n + r.violationCount, 0);
    const violations = workerViolations + monitored.violationCount + finalViolations.length;
    const examples = [
      ...results.flatMap((r) => r.violations),
      ...monitored.violations,
      ...finalViolations,
    ].slice(0, 30);
    for (const v of examples) log(`VIOLATION ${v.kind}: ${v.detail}`);

    const byName = new Map(results.map((r) => [r.name, r]));
    const lat = (names: string[], op: string): Summary =>
      summarize(names.flatMap((n) => byName.get(n)?.latencies[op] ?? []));
    const rate = (name: string) => {
      const r = byName.get(name)!;
      return r.requests / r.seconds;
    };
    const floor = lat(['floor', 'floor, again'], 'health');
    const hold = lat(['storm'], 'hold');
    const serialFloor = lat(['serial floor'], 'health');
    const serialHold = lat(['serial storm'], 'hold');
    const pacedFloor = lat(['paced floor'], 'health');
    const pacedHold = lat(['paced storm'], 'hold');
    const storm = byName.get('storm')!;
    const figures: BenchFigure[] = [
      figure({
        bench: BENCH,
        name: 'violations (over-capacity, duplicates, ledger)',
        value: violations,
        unit: 'count',
        goal: '= 0',
        pass: violations === 0,
      }),
      figure({
        bench: BENCH,
        name: 'hold p50, 64 workers closed loop',
        value: hold.p50,
        unit: 'ms',
        baseline: { name: 'GET /api/health p50, same loop', value: floor.p50 },
      }),
      figure({
        bench: BENCH,
        name: 'hold p99, 64 workers closed loop',
        value: hold.p99,
        unit: 'ms',
        baseline: { name: 'GET /api/health p99, same loop', value: floor.p99 },
        goal: '≤ 5 ms',
        pass: hold.p99 <= 5,
      }),
      figure({
        bench: BENCH,
        name: 'hold p50, 64 workers paced',
        value: pacedHold.p50,
        unit: 'ms',
        baseline: { name: 'GET /api/health p50, paced', value: pacedFloor.p50 },
      }),
      figure({
        bench: BENCH,
        name: 'hold p99, 64 workers paced',
        value: pacedHold.p99,
        unit: 'ms',
        baseline: { name: 'GET /api/health p99, paced', value: pacedFloor.p99 },
        goal: '≤ 5 ms',
        pass: pacedHold.p99 <= 5,
      }),
      figure({
        bench: BENCH,
        name: 'hold p50, one worker alone',
        value: serialHold.p50,
        unit: 'ms',
        baseline: { name: 'GET /api/health p50, alone', value: serialFloor.p50 },
      }),
      figure({
        bench: BENCH,
        name: 'hold p99, one worker alone',
        value: serialHold.p99,
        unit: 'ms',
        baseline: { name: 'GET /api/health p99, alone', value: serialFloor.p99 },
      }),
      figure({
        bench: BENCH,
        name: 'server CPU per storm request, one worker alone',
        value: cpuPerRequest.get('serial storm')!,
        unit: 'ms',
        baseline: { name: 'per GET /api/health', value: cpuPerRequest.get('serial floor')! },
      }),
      figure({
        bench: BENCH,
        name: 'storm throughput, all requests',
        value: rate('storm'),
        unit: 'req/s',
        baseline: { name: 'GET /api/health, same loop', value: (rate('floor') + rate('floor, again')) / 2 },
      }),
    ];
    const notes = [
      `${seats} seats (${slots.length} slots × ${SEATS_PER_SLOT}, set with PATCH /api/slots/:id as lead1) at ${CONSULATE}; ${WORKERS} workers as ${operators.length} operators over keep-alive HTTP in a child process; the server (startServer, SQLite WAL, synchronous = ${synchronousName}) in the bench process; the invariant monitor in a third process.`,
      `Storm step: cancel one of the worker's bookings (20%), else hold a random slot for an unused applicant, then confirm with an Idempotency-Key (55%, a quarter of them sent twice at once) or release. Closed loop: ${stormSeconds} s without pauses; paced: ${THINK_MS[0]}–${THINK_MS[1]} ms between a worker's requests; alone: one worker, closed loop.`,
      `Storm: ${storm.requests} requests, ${storm.statuses['hold 201'] ?? 0} holds granted, ${storm.statuses['hold 409 slot_full'] ?? 0} refused slot_full; ${finished.appointmentsCreated} appointments created in all phases, ${finished.appointments.length} still booked at the end.`,
      `Violations: counted by the workers (a 201 beyond capacity by their ledger, two appointments for one key, an appointment or code issued twice, any answer but 201 / 409 slot_full), by ${monitored.checks} snapshot checks of counters against reservations (every 100 ms, read-only connection), and at the end against the ledger, the bookings and GET /api/slots.`,
      `Hold latency counts every POST /api/holds answer (201 and 409), request start to end of body at the client; each baseline is GET /api/health from the same workers at the same concurrency and pacing.`,
    ];
    const details = {
      synchronous: synchronousName,
      phases: results.map((r) => ({
        name: r.name,
        kind: r.kind,
        seconds: r.seconds,
        requests: r.requests,
        serverCpuMsPerRequest: cpuPerRequest.get(r.name),
        statuses: r.statuses,
        latencies: Object.fromEntries(Object.entries(r.latencies).map(([k, v]) => [k, summarize(v)])),
      })),
      violations: examples,
      monitor: { checks: monitored.checks, checkMs: summarize(monitored.checkMs) },
    };
    return { figures, notes, details };
  } finally {
    await workers.close();
    await monitor.close();
    setup.close();
    await server.close();
  }
}
