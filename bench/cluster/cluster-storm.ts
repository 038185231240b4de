/**
 * The booking storm of bench/booking (its workers, unchanged) against a deployment: two worker
 * processes of 32 workers each, one per instance when there are two, both on the same slots, so
 * the contention is the same on every deployment. Each process keeps its own ledger; the end state
 * is checked against their sum, the database and GET /api/slots.
 */
import { spawnBenchChild } from '../lib/child';
import { createHttpClient } from '../lib/http-client';
import { loginAll } from '../lib/bench-server';
import { summarize, type Summary } from '../lib/stats';
import type { PhaseResult, StormChildIn, StormChildOut, StormSlot } from '../booking/storm-protocol';
import { openTestKysely } from '../../test/support/test-kysely';
import type { Deployment } from './cluster-setup';

const WORKER_PROCESSES = 2;
const WORKERS_PER_PROCESS = 32;
const OPERATORS = 16;
const SLOTS = 10;
const SEATS_PER_SLOT = 10;
const CONSULATE = 'LAX';
const PROCEDURE = 'passport-renewal';

export interface StormFigures {
  seconds: number;
  bookings: number;
  bookingsPerSecond: number;
  requestsPerSecond: number;
  confirm: Summary;
  hold: Summary;
  statuses: Record<string, number>;
  violations: string[];
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function runClusterStorm(
  deployment: Deployment,
  stormSeconds: number,
  log: (line: string) => void,
): Promise<StormFigures> {
  const { urls, databaseUrl } = deployment.cluster;
  const setup = createHttpClient(urls[0]!, { connections: 4 });
  const db = openTestKysely(databaseUrl, { readOnly: true });
  const children = Array.from({ length: WORKER_PROCESSES }, (_, i) =>
    spawnBenchChild<StormChildIn, StormChildOut>(
      new URL('../booking/storm-workers.ts', import.meta.url),
      `storm workers ${i + 1}`,
    ),
  );
  try {
    const [lead] = await loginAll(setup, ['lead1']);
    const operators = await loginAll(
      setup,
      Array.from({ length: OPERATORS }, (_, i) => `operator${i + 1}`),
    );
    const today = new Date().toISOString().slice(0, 10);
    const range = `consulateId=${CONSULATE}&from=${addDays(today, 1)}&to=${addDays(today, 10)}`;
    const list = await setup.request<{ items: { id: string; start: string }[] }>(
      'GET',
      `/api/slots?${range}`,
      { token: lead!.token },
    );
    const future = list.body.items.filter((s) => Date.parse(s.start) > Date.now() + 6 * 3_600_000);
    if (future.length < SLOTS) throw new Error(`only ${future.length} future slots at ${CONSULATE}`);
    const slots: StormSlot[] = [];
    for (let i = 0; i < SLOTS; i++) {
      const s = future[Math.floor((i * future.length) / SLOTS)]!;
      const patched = await setup.request<{ capacity: number; available: number }>(
        'PATCH',
        `/api/slots/${s.id}`,
        { token: lead!.token, body: { capacity: SEATS_PER_SLOT } },
      );
      if (patched.status !== 200 || patched.body.available !== SEATS_PER_SLOT)
        throw new Error(`PATCH ${s.id}: ${patched.status} ${JSON.stringify(patched.body)}`);
      slots.push({ id: s.id, capacity: SEATS_PER_SLOT });
    }
    // The last hundred applicants are left to the commit rounds (cluster-commit.ts).
    const applicantIds = (
      await db.selectFrom('applicants').select('id').where('sandbox', '=', 'live').orderBy('id').execute()
    )
      .map((r) => r.id)
      .slice(0, -100);

    // Each process: half the operators, half the applicants, one instance (the same one when there is one).
    children.forEach((child, i) =>
      child.send({
        type: 'init',
        plan: {
          baseUrl: urls[i % urls.length]!,
          tokens: operators.filter((_, o) => o % WORKER_PROCESSES === i).map((o) => o.token),
          slots,
          applicantIds: applicantIds.filter((_, a) => a % WORKER_PROCESSES === i),
          procedureId: PROCEDURE,
          workers: WORKERS_PER_PROCESS,
        },
      }),
    );
    await Promise.all(children.map((child) => child.next('ready', 60_000)));
    for (const child of children)
      child.send({ type: 'phase', phase: { name: 'storm', kind: 'storm', seconds: stormSeconds } });
    const results: PhaseResult[] = (
      await Promise.all(children.map((child) => child.next('phase-done', (stormSeconds + 60) * 1000)))
    ).map((m) => m.result);
    for (const child of children) child.send({ type: 'finish' });
    const finished = await Promise.all(children.map((child) => child.next('finished', 60_000)));

    const violations = results.flatMap((r) => r.violations.map((v) => `${v.kind}: ${v.detail}`));
    const extra = results.reduce((n, r) => n + r.violationCount, 0) - violations.length;
    if (extra > 0) violations.push(`… and ${extra} more reported by the workers`);
    const rows = await db
      .selectFrom('slots')
      .select(['id', 'capacity', 'held', 'booked'])
      .where(
        'id',
        'in',
        slots.map((s) => s.id),
      )
      .execute();
    const api = await setup.request<{ items: { id: string; available: number }[] }>(
      'GET',
      `/api/slots?${range}`,
      { token: lead!.token },
    );
    for (const row of rows) {
      const taken = finished.reduce((n, f) => n + (f.ledger[row.id] ?? 0), 0);
      if (row.held + row.booked > row.capacity)
        violations.push(`over capacity: ${row.id} held ${row.held} + booked ${row.booked} > ${row.capacity}`);
      if (row.held + row.booked !== taken)
        violations.push(
          `ledger: ${row.id} has ${row.held} held + ${row.booked} booked, the workers hold ${taken}`,
        );
      const shown = api.body.items.find((s) => s.id === row.id)?.available;
      if (shown !== row.capacity - taken)
        violations.push(
          `GET /api/slots says ${shown} available on ${row.id}, expected ${row.capacity - taken}`,
        );
    }
    const booked = new Set(
      (
        await db
          .selectFrom('reservations')
          .select('appointment_id')
          .where('sandbox', '=', 'live')
          .where('status', '=', 'booked')
          .execute()
      ).map((r) => r.appointment_id),
    );
    const kept = finished.flatMap((f) => f.appointments);
    for (const a of kept)
      if (!booked.has(a.id)) violations.push(`appointment ${a.id} is not booked in the database`);
    if (booked.size !== kept.length)
      violations.push(`${booked.size} bookings in the database, the workers kept ${kept.length}`);

    const seconds = Math.max(...results.map((r) => r.seconds));
    const bookings = finished.reduce((n, f) => n + f.appointmentsCreated, 0);
    const statuses: Record<string, number> = {};
    for (const r of results)
      for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
    const figures: StormFigures = {
      seconds,
      bookings,
      bookingsPerSecond: bookings / seconds,
      requestsPerSecond: results.reduce((n, r) => n + r.requests, 0) / seconds,
      confirm: summarize(results.flatMap((r) => r.latencies.confirm ?? [])),
      hold: summarize(results.flatMap((r) => r.latencies.hold ?? [])),
      statuses,
      violations,
    };
    log(
      `${deployment.label}: ${bookings} bookings in ${seconds.toFixed(1)} s (${figures.bookingsPerSecond.toFixed(0)}/s), ${figures.requestsPerSecond.toFixed(0)} requests/s, confirm p50 ${figures.confirm.p50.toFixed(1)} ms p99 ${figures.confirm.p99.toFixed(1)} ms; ${violations.length} violations`,
    );
    for (const v of violations.slice(0, 10)) log(`  VIOLATION ${v}`);
    return figures;
  } finally {
    await Promise.all(children.map((child) => child.close()));
    setup.close();
    await db.destroy();
  }
}
