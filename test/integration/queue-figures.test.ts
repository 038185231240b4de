/**
 * The lead's queue figures (CONTRACT.md v2, GET /api/floor/queues) computed from routed calls as
 * stored: what waits now, answered and abandoned today, service level over the last 30 minutes and
 * today, average speed of answer, handle time, abandonment; the hourly figures; the lead's target;
 * `queues:changed` to the floor's room. The calls are written into the tables as the routing writes
 * them, at known instants around a fixed "now" of the server's clock (a Wednesday noon in Mexico
 * City), so every figure is hand-computed below.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HourlyQueueFigures, QueueLoad } from '../../shared/api/floor/queues';
import type { Database } from '../../server/platform/db/schema';
import { expectError, login, type Session } from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb } from '../support/db-inspector';
import { FloorSocket } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';

/** Wednesday 5 March 2031, 12:00 in Mexico City. */
const NOW = Date.parse('2031-03-05T18:00:00.000Z');
const Q = 'q-passports';
const OTHER = 'q-region-tx';
const OPERATOR = 'usr_operator1';

let server: ClockedServer;
let db: Kysely<Database>;
let lead: Session;
let operator: Session;
const sockets: FloorSocket[] = [];

const iso = (ms: number) => new Date(ms).toISOString();
const ago = (ms: number) => NOW - ms;
const MIN = 60_000;

interface RoutedRow {
  id: string;
  arrived: number;
  answered?: number;
  abandoned?: number;
  status?: 'waiting' | 'offered';
  sandbox?: string;
  queue?: string;
}

async function insertRouted(rows: RoutedRow[]) {
  await db
    .insertInto('routed_calls')
    .values(
      rows.map((r) => ({
        id: r.id,
        sandbox: r.sandbox ?? 'live',
        provider: 'api',
        provider_call_id: `pc-${r.id}`,
        direction: 'inbound' as const,
        from_number: '+13125550' + r.id.slice(-3).padStart(3, '1'),
        to_number: null,
        language: 'es' as const,
        queue_id: r.queue ?? Q,
        status: r.status ?? (r.answered !== undefined ? ('ended' as const) : ('abandoned' as const)),
        arrived_at: iso(r.arrived),
        overflow_at: null,
        overflow_queue_id: null,
        target_operator_id: null,
        applicant_id: null,
        appointment_id: null,
        operator_id: r.answered !== undefined ? OPERATOR : null,
        answered_at: r.answered !== undefined ? iso(r.answered) : null,
        ended_at:
          r.abandoned !== undefined
            ? iso(r.abandoned)
            : r.answered !== undefined
              ? iso(r.answered + 60_000)
              : null,
        ended_by:
          r.abandoned !== undefined
            ? ('caller' as const)
            : r.answered !== undefined
              ? ('operator' as const)
              : null,
      })),
    )
    .execute();
}

const queueOf = async (id: string): Promise<QueueLoad> => {
  const r = await lead.api.get<{ items: QueueLoad[] }>('/api/floor/queues');
  expect(r.status).toBe(200);
  return r.body.items.find((q) => q.id === id)!;
};

beforeAll(async () => {
  server = await startClockedServer();
  server.moveTo(NOW);
  [lead, operator] = await Promise.all([login(server.url, 'lead1'), login(server.url, 'operator1')]);
  db = openTestKysely(server.databaseUrl, { readOnly: false });

  await insertRouted([
    // The last 30 minutes: answered at exactly 20 s (within), at 21 s (not), abandoned after 5 s,
    // answered at 4 s (within), and one that arrived 40 minutes ago answered 25 minutes ago (15 min).
    { id: 'rc-r1', arrived: ago(10 * MIN), answered: ago(10 * MIN) + 20_000 },
    { id: 'rc-r2', arrived: ago(9 * MIN), answered: ago(9 * MIN) + 21_000 },
    { id: 'rc-r3', arrived: ago(8 * MIN), abandoned: ago(8 * MIN) + 5_000 },
    { id: 'rc-r4', arrived: ago(7 * MIN), answered: ago(7 * MIN) + 4_000 },
    { id: 'rc-r5', arrived: ago(40 * MIN), answered: ago(25 * MIN) },
    // Earlier today (10:00): answered at 10 s, abandoned after 30 s.
    { id: 'rc-e1', arrived: ago(120 * MIN), answered: ago(120 * MIN) + 10_000 },
    { id: 'rc-e2', arrived: ago(120 * MIN), abandoned: ago(120 * MIN) + 30_000 },
    // Yesterday, and a trainee's practice caller: never counted.
    { id: 'rc-y1', arrived: ago(24 * 60 * MIN), answered: ago(24 * 60 * MIN) + 3_000 },
    { id: 'rc-p1', arrived: ago(5 * MIN), answered: ago(5 * MIN) + 1_000, sandbox: 'practice:usr_trainee1' },
    { id: 'rc-p2', arrived: ago(60_000), status: 'waiting', sandbox: 'practice:usr_trainee1' },
    // Waiting now: one for 90 s, one ringing at operator1's console for 30 s.
    { id: 'rc-w1', arrived: ago(90_000), status: 'waiting' },
    { id: 'rc-w2', arrived: ago(30_000), status: 'offered' },
  ]);
  await db
    .insertInto('call_offers')
    .values({
      id: 'off-w2',
      call_id: 'rc-w2',
      operator_id: OPERATOR,
      queue_id: Q,
      status: 'open',
      offered_at: iso(ago(2_000)),
      expires_at: iso(NOW + 60 * MIN),
      closed_at: null,
    })
    .execute();
  // The operators' call log: r1 handled for 200 s, r4 for 100 s (wrap-up done), r2 still open.
  await db
    .insertInto('calls')
    .values(
      [
        { id: 'rc-r1', start: ago(10 * MIN) + 20_000, seconds: 200 },
        { id: 'rc-r4', start: ago(7 * MIN) + 4_000, seconds: 100 },
        { id: 'rc-r2', start: ago(9 * MIN) + 21_000, seconds: null },
      ].map((c) => ({
        id: c.id,
        sandbox: 'live',
        operator_id: OPERATOR,
        started_at: iso(c.start),
        ended_at: c.seconds === null ? null : iso(c.start + c.seconds * 1000),
        wrap_up_code: c.seconds === null ? null : 'information',
        applicant_id: null,
        appointment_id: null,
        note: null,
      })),
    )
    .execute();
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await db?.destroy();
  await server?.close();
});

describe('a queue’s live figures', () => {
  it('count the callers waiting now, oldest first, with their waits and the console ringing', async () => {
    const q = await queueOf(Q);
    expect(q.waiting).toBe(2);
    expect(q.longestWaitSeconds).toBeGreaterThanOrEqual(90);
    expect(q.longestWaitSeconds).toBeLessThan(120);
    expect(q.waitingCalls.map((c) => [c.callId, c.offeredTo])).toEqual([
      ['rc-w1', null],
      ['rc-w2', OPERATOR],
    ]);
    expect(q.waitingCalls[0]!.waitingSeconds).toBe(q.longestWaitSeconds);
    // The wall shows the last four digits only.
    expect(q.waitingCalls[0]!.from).toMatch(/^…\d{4}$/);
    expect(JSON.stringify(q)).not.toContain('+1312');
  });

  it('give today’s answered and abandoned calls, service level, speed of answer, handle time and abandonment', async () => {
    const q = await queueOf(Q);
    expect(q).toMatchObject({
      answeredToday: 5,
      abandonedToday: 2,
      // Last 30 minutes: r1 (20 s, within) and r4 within; r2, r5 late; r3 abandoned.
      serviceLevel: 2 / 5,
      // Today: r1, r4, e1 within, out of 7 outcomes.
      serviceLevelToday: 3 / 7,
      serviceLevelTarget: 0.8,
      serviceLevelSeconds: 20,
      // (20 + 21 + 4 + 900 + 10) / 5
      averageSpeedOfAnswerSeconds: 191,
      averageHandleSeconds: 150,
      abandonmentRate: 2 / 7,
    });
  });

  it('leave a queue without calls at zero and null', async () => {
    const q = await queueOf(OTHER);
    expect(q).toMatchObject({
      waiting: 0,
      longestWaitSeconds: 0,
      answeredToday: 0,
      abandonedToday: 0,
      serviceLevel: null,
      serviceLevelToday: null,
      averageSpeedOfAnswerSeconds: null,
      averageHandleSeconds: null,
      abandonmentRate: null,
      waitingCalls: [],
    });
  });
});

describe('the hourly figures', () => {
  it('give answered, abandoned and service level by the hour of the outcome on the call center’s clock', async () => {
    const r = await lead.api.get<HourlyQueueFigures>('/api/floor/figures/hours');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      date: '2031-03-05',
      timeZone: 'America/Mexico_City',
      answered: 5,
      abandoned: 2,
      serviceLevel: 3 / 7,
    });
    expect(r.body.byHour).toHaveLength(24);
    expect(r.body.byHour[10]).toEqual({ hour: 10, answered: 1, abandoned: 1, serviceLevel: 1 / 2 });
    expect(r.body.byHour[11]).toEqual({ hour: 11, answered: 4, abandoned: 1, serviceLevel: 2 / 5 });
    expect(r.body.byHour[12]).toEqual({ hour: 12, answered: 0, abandoned: 0, serviceLevel: null });
    // Yesterday's call is yesterday's.
    const yesterday = await lead.api.get<HourlyQueueFigures>('/api/floor/figures/hours?date=2031-03-04');
    expect(yesterday.body).toMatchObject({ answered: 1, abandoned: 0, serviceLevel: 1 });
  });

  it('are the leads’ only', async () => {
    expectError(await operator.api.get('/api/floor/figures/hours'), 403, 'forbidden');
  });
});

describe('the service level target', () => {
  it('refuses a share outside 0..1, an unknown queue and a non-lead, changing nothing', async () => {
    const put = (s: Session, queueId: string, body: unknown) =>
      s.api.request('PUT', `/api/floor/queues/${queueId}/target`, { body });
    expectError(await put(lead, Q, { serviceLevelTarget: 1.5 }), 400, 'invalid_request');
    expectError(
      await put(lead, Q, { serviceLevelTarget: 0.9, serviceLevelSeconds: 0 }),
      400,
      'invalid_request',
    );
    expectError(await put(lead, 'q-nowhere', { serviceLevelTarget: 0.9 }), 404, 'not_found');
    expectError(await put(operator, Q, { serviceLevelTarget: 0.9 }), 403, 'forbidden');
    expect(await queueOf(Q)).toMatchObject({ serviceLevelTarget: 0.8, serviceLevelSeconds: 20 });
  });

  it('is set by a lead, audited, and pushed to the leads watching the floor', async () => {
    const watcher = await FloorSocket.connect(server.url, lead.token);
    sockets.push(watcher);
    expect(await watcher.subscribeFloor()).toEqual({ ok: true });

    const r = await lead.api.request<QueueLoad>('PUT', `/api/floor/queues/${Q}/target`, {
      body: { serviceLevelTarget: 0.9, serviceLevelSeconds: 21 },
    });
    expect(r.status).toBe(200);
    // Within 21 s, r2 is in time too: 3 of the last 5.
    expect(r.body).toMatchObject({
      id: Q,
      serviceLevelTarget: 0.9,
      serviceLevelSeconds: 21,
      serviceLevel: 3 / 5,
    });

    const pushed = await waitFor(
      () =>
        watcher.queueChanges.flatMap((c) => c.queues).find((q) => q.id === Q && q.serviceLevelTarget === 0.9),
      5_000,
      'queues:changed with the new target',
    );
    expect(pushed.serviceLevelSeconds).toBe(21);

    // Only the target changes: the seconds stay when omitted.
    const again = await lead.api.request<QueueLoad>('PUT', `/api/floor/queues/${Q}/target`, {
      body: { serviceLevelTarget: 0.75 },
    });
    expect(again.body).toMatchObject({ serviceLevelTarget: 0.75, serviceLevelSeconds: 21 });

    const inspector = inspectDb(server.databaseUrl);
    try {
      const audit = await inspector.auditOf('queue', Q);
      expect(audit.map((a) => [a.action, a.actorId, a.details])).toEqual([
        [
          'floor.queue_target_changed',
          lead.user.id,
          {
            from: { serviceLevelTarget: 0.8, serviceLevelSeconds: 20 },
            to: { serviceLevelTarget: 0.9, serviceLevelSeconds: 21 },
          },
        ],
        [
          'floor.queue_target_changed',
          lead.user.id,
          {
            from: { serviceLevelTarget: 0.9, serviceLevelSeconds: 21 },
            to: { serviceLevelTarget: 0.75, serviceLevelSeconds: 21 },
          },
        ],
      ]);
    } finally {
      await inspector.close();
    }
  });

  it('keeps pushing a queue with callers waiting, their waits growing', async () => {
    const watcher = await FloorSocket.connect(server.url, lead.token);
    sockets.push(watcher);
    await watcher.subscribeFloor();
    const waitsOf = () =>
      watcher.queueChanges.flatMap((c) =>
        c.queues.filter((q) => q.id === Q).map((q) => q.longestWaitSeconds),
      );
    const first = await waitFor(() => waitsOf()[0], 5_000, 'a first queues:changed for the queue');
    await waitFor(() => waitsOf().find((w) => w > first), 5_000, 'a later queues:changed with a longer wait');
  });
});

describe('an hour later', () => {
  it('the last 30 minutes are empty while today and the hours keep every call once', async () => {
    // Figures read before (above) are kept for the hours long past: moving on must neither drop nor repeat a call.
    server.moveTo(NOW + 60 * MIN);
    const q = await queueOf(Q);
    expect(q).toMatchObject({
      waiting: 2,
      answeredToday: 5,
      abandonedToday: 2,
      serviceLevel: null,
      // The target's seconds are 21 now (above): r2 is in time too.
      serviceLevelToday: 4 / 7,
      averageSpeedOfAnswerSeconds: 191,
      averageHandleSeconds: 150,
    });
    expect(q.longestWaitSeconds).toBeGreaterThanOrEqual(3690);
    const hours = await lead.api.get<HourlyQueueFigures>('/api/floor/figures/hours');
    expect(hours.body).toMatchObject({ answered: 5, abandoned: 2, serviceLevel: 4 / 7 });
    expect(hours.body.byHour[11]).toEqual({ hour: 11, answered: 4, abandoned: 1, serviceLevel: 3 / 5 });
  });
});
