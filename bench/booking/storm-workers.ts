/**
 * The booking storm's client side, in a child process: `workers` concurrent loops over HTTP, each
 * with its own keep-alive connection, acting as operators. A storm worker holds a random one of the
 * bench's slots for an applicant nobody else is using, then confirms it (with an Idempotency-Key,
 * sometimes sent twice at once, as a double click does) or releases it, and now and then cancels
 * one of its bookings.
 *
 * Over-booking is checked from the outside with a ledger per slot: +1 when a hold's 201 arrives,
 * −1 when a release or cancel is *sent*. The server frees a seat only after the request is sent and
 * grants one before its 201 arrives, so the ledger never exceeds what the server has handed out: a
 * 201 that takes it above the slot's capacity is a seat the server sold twice.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { serveParent } from '../lib/child';
import { sleep } from '../lib/clock';
import { createHttpClient, type HttpAnswer, type HttpClient } from '../lib/http-client';
import type {
  PhaseResult,
  PhaseSpec,
  StormChildIn,
  StormChildOut,
  StormPlan,
  StormViolation,
} from './storm-protocol';

const P_CANCEL = 0.2;
const P_CONFIRM = 0.55;
const P_DOUBLE_SUBMIT = 0.25;
const MAX_VIOLATION_EXAMPLES = 20;

interface Booking {
  id: string;
  slotId: string;
  applicantId: string;
  confirmationCode: string;
}

let plan: StormPlan;
let http: HttpClient;
const ledger = new Map<string, number>();
const capacity = new Map<string, number>();
const pool: string[] = [];
const bookingsOf: Booking[][] = [];
const seenAppointments = new Map<string, string>();
const seenCodes = new Set<string>();

const errorCode = (a: HttpAnswer) => (a.body as { error?: { code?: string } } | undefined)?.error?.code ?? '';

class Phase {
  readonly latencies: Record<string, number[]> = {};
  readonly statuses: Record<string, number> = {};
  readonly violations: StormViolation[] = [];
  violationCount = 0;
  requests = 0;

  time(op: string, a: HttpAnswer) {
    this.requests++;
    (this.latencies[op] ??= []).push(a.ms);
    const key = `${op} ${a.status}${a.status >= 400 ? ` ${errorCode(a)}` : ''}`;
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
  }

  /** A latency kept apart (e.g. holds that got a seat), not counted as another request. */
  sample(op: string, ms: number) {
    (this.latencies[op] ??= []).push(ms);
  }

  violation(kind: StormViolation['kind'], detail: string) {
    this.violationCount++;
    if (this.violations.length < MAX_VIOLATION_EXAMPLES) this.violations.push({ kind, detail });
  }
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
const think = (spec: PhaseSpec) =>
  spec.thinkMs
    ? sleep(spec.thinkMs[0] + Math.random() * (spec.thinkMs[1] - spec.thinkMs[0]))
    : Promise.resolve();

async function healthWorker(spec: PhaseSpec, phase: Phase, deadline: number) {
  while (performance.now() < deadline) {
    await think(spec);
    const a = await http.request('GET', '/api/health');
    phase.time('health', a);
    if (a.status !== 200) phase.violation('unexpected_status', `GET /api/health ${a.status}`);
  }
}

async function confirm(phase: Phase, token: string, holdId: string, key: string, op: string) {
  const a = await http.request<{ id: string; confirmationCode: string; status: string }>(
    'POST',
    '/api/appointments',
    { token, body: { holdId }, headers: { 'idempotency-key': key } },
  );
  phase.time(op, a);
  return a;
}

async function stormStep(worker: number, phase: Phase) {
  const token = plan.tokens[worker % plan.tokens.length] as string;
  const mine = bookingsOf[worker] as Booking[];
  if (mine.length && Math.random() < P_CANCEL) {
    const booking = mine.splice(Math.floor(Math.random() * mine.length), 1)[0] as Booking;
    ledger.set(booking.slotId, (ledger.get(booking.slotId) ?? 0) - 1);
    const a = await http.request<{ status?: string }>('POST', `/api/appointments/${booking.id}/cancel`, {
      token,
      body: {},
    });
    phase.time('cancel', a);
    if (a.status !== 200 || a.body.status !== 'cancelled')
      phase.violation('unexpected_status', `cancel ${booking.id}: ${a.status} ${JSON.stringify(a.body)}`);
    pool.push(booking.applicantId);
    return;
  }
  const applicantId = pool.pop();
  if (!applicantId) return sleep(1);
  const slot = pick(plan.slots);
  const hold = await http.request<{ id: string }>('POST', '/api/holds', {
    token,
    body: { slotId: slot.id, applicantId, procedureId: plan.procedureId },
  });
  phase.time('hold', hold);
  phase.sample(`hold.${hold.status}`, hold.ms);
  if (hold.status !== 201) {
    pool.push(applicantId);
    if (!(hold.status === 409 && errorCode(hold) === 'slot_full'))
      phase.violation(
        'unexpected_status',
        `hold ${slot.id} for ${applicantId}: ${hold.status} ${JSON.stringify(hold.body)}`,
      );
    return;
  }
  const taken = (ledger.get(slot.id) ?? 0) + 1;
  ledger.set(slot.id, taken);
  if (taken > (capacity.get(slot.id) ?? 0))
    phase.violation(
      'over_capacity',
      `201 for hold ${hold.body.id} on ${slot.id}: ${taken} seats handed out of ${capacity.get(slot.id)}`,
    );

  if (Math.random() < P_CONFIRM) {
    const key = randomUUID();
    const double = Math.random() < P_DOUBLE_SUBMIT;
    const answers = await Promise.all(
      double
        ? [
            confirm(phase, token, hold.body.id, key, 'confirm'),
            confirm(phase, token, hold.body.id, key, 'confirm.replay'),
          ]
        : [confirm(phase, token, hold.body.id, key, 'confirm')],
    );
    const ok = answers.filter((a) => a.status === 200 || a.status === 201);
    for (const a of answers.filter((x) => !ok.includes(x)))
      phase.violation('unexpected_status', `confirm ${hold.body.id}: ${a.status} ${JSON.stringify(a.body)}`);
    if (!ok.length) {
      // Nothing booked: give the seat back so the ledger stays true.
      ledger.set(slot.id, (ledger.get(slot.id) ?? 0) - 1);
      await http.request('DELETE', `/api/holds/${hold.body.id}`, { token });
      pool.push(applicantId);
      return;
    }
    const ids = new Set(ok.map((a) => a.body.id));
    const first = ok[0]!.body;
    if (ids.size > 1)
      phase.violation(
        'idempotency',
        `one key, one hold ${hold.body.id}, ${ids.size} appointments: ${[...ids].join(', ')}`,
      );
    const earlier = seenAppointments.get(first.id);
    if (earlier !== undefined)
      phase.violation(
        'duplicate_appointment',
        `appointment ${first.id} returned for hold ${hold.body.id} and earlier for ${earlier}`,
      );
    if (seenCodes.has(first.confirmationCode))
      phase.violation('duplicate_appointment', `confirmation code ${first.confirmationCode} issued twice`);
    seenAppointments.set(first.id, hold.body.id);
    seenCodes.add(first.confirmationCode);
    mine.push({ id: first.id, slotId: slot.id, applicantId, confirmationCode: first.confirmationCode });
  } else {
    ledger.set(slot.id, (ledger.get(slot.id) ?? 0) - 1);
    const a = await http.request('DELETE', `/api/holds/${hold.body.id}`, { token });
    phase.time('release', a);
    if (a.status !== 204)
      phase.violation('unexpected_status', `release ${hold.body.id}: ${a.status} ${JSON.stringify(a.body)}`);
    pool.push(applicantId);
  }
}

async function stormWorker(worker: number, spec: PhaseSpec, phase: Phase, deadline: number) {
  while (performance.now() < deadline) {
    await think(spec);
    await stormStep(worker, phase);
  }
}

async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const phase = new Phase();
  const started = performance.now();
  const deadline = started + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.workers ?? plan.workers }, (_, w) =>
      spec.kind === 'health' ? healthWorker(spec, phase, deadline) : stormWorker(w, spec, phase, deadline),
    ),
  );
  return {
    name: spec.name,
    kind: spec.kind,
    seconds: (performance.now() - started) / 1000,
    requests: phase.requests,
    latencies: phase.latencies,
    statuses: phase.statuses,
    violations: phase.violations,
    violationCount: phase.violationCount,
  };
}

serveParent<StormChildIn, StormChildOut>(async (message, reply) => {
  switch (message.type) {
    case 'init': {
      plan = message.plan;
      http = createHttpClient(plan.baseUrl, { connections: plan.workers });
      for (const slot of plan.slots) {
        capacity.set(slot.id, slot.capacity);
        ledger.set(slot.id, 0);
      }
      pool.push(...plan.applicantIds);
      for (let w = 0; w < plan.workers; w++) bookingsOf.push([]);
      // Open the connections before anything is timed.
      await Promise.all(Array.from({ length: plan.workers }, () => http.request('GET', '/api/health')));
      reply({ type: 'ready' });
      return;
    }
    case 'phase':
      reply({ type: 'phase-done', result: await runPhase(message.phase) });
      return;
    case 'finish': {
      const appointments = bookingsOf.flat();
      http.close();
      reply({
        type: 'finished',
        ledger: Object.fromEntries(ledger),
        appointments,
        appointmentsCreated: seenAppointments.size,
      });
      return;
    }
  }
});
