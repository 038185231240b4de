/**
 * GET /metrics as Prometheus reads it (CONTRACT "Operations (v2)"): guarded by METRICS_TOKEN, 404
 * without it, and after real traffic through the API and sockets the figures an operator would
 * check — parsed with a Prometheus text-format parser and linted by Debian's `promtool check
 * metrics`. SQLite here, PostgreSQL through the integration-pg project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueLoad } from '../../shared/api/floor/queues';
import {
  addDays,
  ApiClient,
  confirm,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  login,
  todayIn,
  type Session,
} from '../support/api-client';
import { Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { connectSocket, SlotListener, waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const TOKEN = 'metrics-token-for-tests-0123456789';
const CONSULATE = 'PHX';
const QUEUE = 'q-region-canada';
const PROMTOOL = '/usr/bin/promtool';
const PROM_CLIENT_TOTAL_GAUGES = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

let server: TestServer;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({
    METRICS_TOKEN: TOKEN,
    // A mail server that refuses connections: the booking's e-mail waits in the queue, retrying.
    SMTP_URL: 'smtp://127.0.0.1:9',
    FAILED_LOGINS_PER_15_MINUTES: '3',
    TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
    SIMULATE_CALLS: 'off',
    ROUTING_TICK_MS: '100',
  });
  operator = await login(server.url, 'operator1');
  lead = await login(server.url, 'lead1');
});

afterAll(async () => {
  await server?.close();
});

const scrapeText = async (url = server.url, token = TOKEN) => {
  const response = await new ApiClient(url, token).get<string>('/metrics');
  expect(response.status).toBe(200);
  return response.body;
};

/**
 * The exposition parsed into families. The parser merges a labelled histogram's series into one
 * (it expects `le` last; prom-client writes it first), so each histogram is also read as what its
 * lines are — `<name>_bucket`, `_sum` and `_count` samples with their labels — by declaring it untyped.
 */
async function scrape() {
  const text = await scrapeText();
  const families = new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
  const asSamples = text
    .split('\n')
    .map((line) =>
      line.startsWith('# TYPE ') && line.endsWith(' histogram') ? `${line.slice(0, -9)}untyped` : line,
    )
    .join('\n');
  // A histogram's series come one label set after another: the same sample name again and again.
  const samples = new Map<string, ParsedFamily>();
  for (const f of parsePrometheusTextFormat(asSamples)) {
    const known = samples.get(f.name);
    if (known) known.metrics.push(...f.metrics);
    else samples.set(f.name, f);
  }
  const family = (name: string): ParsedFamily => {
    const found = families.get(name) ?? samples.get(name);
    if (!found) throw new Error(`${name} is not exported`);
    return found;
  };
  /** The value of the sample with exactly these labels, or undefined. */
  const value = (name: string, labels: Record<string, string> = {}) => {
    const sample = family(name).metrics.find((m) => sameLabels(m.labels ?? {}, labels));
    return sample?.value === undefined ? undefined : Number(sample.value);
  };
  return { text, families, samples, family, value };
}

const sameLabels = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

describe('GET /metrics', () => {
  it('answers 401 with a Bearer challenge without the token or with a wrong one', async () => {
    for (const token of [null, 'wrong-token-0123456789-abcdef', `${TOKEN}x`]) {
      const response = await new ApiClient(server.url, token).get('/metrics');
      expectError(response, 401, 'unauthenticated');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const basic = await new ApiClient(server.url).get('/metrics', { authorization: `Basic ${TOKEN}` });
    expectError(basic, 401, 'unauthenticated');
  });

  it("answers Prometheus' text format with the token: HTTP durations, Node's own metrics, the build", async () => {
    const response = await new ApiClient(server.url, TOKEN).get<string>('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { family, value } = await scrape();
    expect(family('http_request_duration_seconds').type).toBe('HISTOGRAM');
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(family(name).metrics.length, name).toBeGreaterThan(0);
    expect(value('miconsulado_build_info', { version: '0.1.0' })).toBe(1);
    expect(value('miconsulado_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(value('miconsulado_db_pool_connections', { state: 'waiting' })).toBe(0);
    // Series that exist before anything happened: a rate over them reads 0, not "no data".
    expect(value('miconsulado_rate_limit_refusals_total', { limit: 'holds' })).toBe(0);
    expect(value('miconsulado_sign_in_failures_total', { reason: 'locked' })).toBe(0);
    expect(value('miconsulado_db_transaction_retries_total')).toBe(0);
    expect(value('miconsulado_backup_last_success_timestamp_seconds')).toBe(0);
  });

  it("is linted clean by promtool check metrics (but for three names of prom-client's own)", async () => {
    const checked = spawnSync(PROMTOOL, ['check', 'metrics'], {
      input: await scrapeText(),
      encoding: 'utf8',
    });
    expect(checked.error, `${PROMTOOL} must be installed (Debian's prometheus)`).toBeUndefined();
    const problems = `${checked.stdout}${checked.stderr}`.split('\n').filter((line) => line.trim() !== '');
    // prom-client's default gauges of active handles, requests and resources end in _total; the
    // names are the library's, not ours. Anything else (a parse error, one of ours) fails here.
    expect(
      problems.filter((line) => !PROM_CLIENT_TOTAL_GAUGES.some((name) => line.startsWith(`${name} `))),
    ).toEqual([]);
    expect([0, 3]).toContain(checked.status);
  });

  it('is a 404 like any unknown path on a server without METRICS_TOKEN', async () => {
    const bare = await startTestServer({ SEED: 'none' });
    try {
      expectError(await new ApiClient(bare.url, TOKEN).get('/metrics'), 404, 'not_found');
      expectError(await new ApiClient(bare.url).get('/metrics'), 404, 'not_found');
    } finally {
      await bare.close();
    }
  });
});

describe('the figures after real traffic', () => {
  it('count requests by route template and status, never by URL', async () => {
    const applicant = await createApplicant(operator.api);
    const slot = await findFreeSlot(operator.api, { consulateId: CONSULATE });
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const appointment = await confirm(operator.api, held.id);
    expect((await operator.api.get(`/api/appointments/${appointment.id}`)).status).toBe(200);
    expect((await operator.api.get('/api/appointments/apt_nobody')).status).toBe(404);
    // No route at all (GET has the console's fallback route `/*`; a POST nowhere has none).
    expect((await operator.api.post('/api/no-such-thing', {})).status).toBe(404);

    const { value, samples, text } = await scrape();
    const count = (labels: Record<string, string>) => value('http_request_duration_seconds_count', labels);
    expect(count({ method: 'GET', route: '/api/appointments/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(count({ method: 'GET', route: '/api/appointments/:id', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(count({ method: 'POST', route: '/api/holds', status: '201' })).toBeGreaterThanOrEqual(1);
    expect(count({ method: 'POST', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    const routes = new Set(
      samples.get('http_request_duration_seconds_count')!.metrics.map((m) => m.labels?.route),
    );
    expect([...routes].filter((r) => r?.includes(appointment.id) || r?.includes('apt_nobody'))).toEqual([]);
    expect(text).not.toContain(applicant.curp);
    // Every request observed has a bucket series ending at +Inf equal to its count.
    expect(
      value('http_request_duration_seconds_bucket', {
        le: '+Inf',
        method: 'GET',
        route: '/api/appointments/:id',
        status: '200',
      }),
    ).toBe(count({ method: 'GET', route: '/api/appointments/:id', status: '200' }));
  });

  it('count a booking and a cancellation under the consulate, and show the hold while it lives', async () => {
    const before = await scrape();
    const bookings = before.value('miconsulado_bookings_total', { consulate: CONSULATE }) ?? 0;
    const cancellations = before.value('miconsulado_cancellations_total', { consulate: CONSULATE }) ?? 0;
    const holds = before.value('miconsulado_holds_live', { consulate: CONSULATE }) ?? 0;

    const applicant = await createApplicant(operator.api, { email: 'metricas@example.org' });
    const slot = await findFreeSlot(operator.api, { consulateId: CONSULATE });
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect((await scrape()).value('miconsulado_holds_live', { consulate: CONSULATE })).toBe(holds + 1);

    const appointment = await confirm(operator.api, held.id);
    const booked = await scrape();
    expect(booked.value('miconsulado_bookings_total', { consulate: CONSULATE })).toBe(bookings + 1);
    expect(booked.value('miconsulado_holds_live', { consulate: CONSULATE })).toBe(holds);
    // The confirmation e-mail cannot reach the mail server: it waits, and its age is known.
    const queued = await waitFor(
      async () => {
        const now = await scrape();
        return (now.value('miconsulado_message_queue_depth', { channel: 'email' }) ?? 0) > 0 && now;
      },
      10_000,
      'the e-mail waiting in the queue',
    );
    expect(
      queued.value('miconsulado_message_queue_oldest_age_seconds', { channel: 'email' }),
    ).toBeGreaterThanOrEqual(0);
    expect(queued.value('miconsulado_message_queue_depth', { channel: 'sms' })).toBeGreaterThanOrEqual(0);

    const cancelled = await operator.api.post(`/api/appointments/${appointment.id}/cancel`, {
      reason: 'metrics test',
    });
    expect(cancelled.status).toBe(200);
    // Cancelling again changes nothing, and counts nothing.
    expect((await operator.api.post(`/api/appointments/${appointment.id}/cancel`, {})).status).toBe(200);
    const after = await scrape();
    expect(after.value('miconsulado_cancellations_total', { consulate: CONSULATE })).toBe(cancellations + 1);
    expect(after.value('miconsulado_bookings_total', { consulate: CONSULATE })).toBe(bookings + 1);
  });

  it('count refused sign-ins by reason and the limit that refused them', async () => {
    const before = await scrape();
    const failures = (s: typeof before, reason: string) =>
      s.value('miconsulado_sign_in_failures_total', { reason }) ?? 0;
    const refusals = (s: typeof before) =>
      s.value('miconsulado_rate_limit_refusals_total', { limit: 'sign-ins-by-address' }) ?? 0;

    const anonymous = new ApiClient(server.url);
    const statuses: number[] = [];
    // FAILED_LOGINS_PER_15_MINUTES=3: three wrong passwords, then the address is stopped.
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await anonymous.post('/api/auth/login', { username: 'operator3', password: 'not-it' })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);

    const after = await scrape();
    expect(failures(after, 'wrong_credentials')).toBe(failures(before, 'wrong_credentials') + 3);
    expect(failures(after, 'rate_limited')).toBe(failures(before, 'rate_limited') + 1);
    expect(failures(after, 'locked')).toBe(failures(before, 'locked'));
    expect(refusals(after)).toBe(refusals(before) + 1);
    expect(after.text).not.toContain('operator3');
  });

  it('show this instance’s sockets, and the slot events relayed to them', async () => {
    expect((await scrape()).value('miconsulado_socket_connections')).toBe(0);
    const listener = await SlotListener.connect(server.url, operator.token);
    const other = await connectSocket(server.url, lead.token);
    try {
      expect((await scrape()).value('miconsulado_socket_connections')).toBe(2);
      const today = todayIn('America/Phoenix');
      await listener.subscribe(CONSULATE, today, addDays(today, 61));
      const relayed = (await scrape()).value('miconsulado_slot_events_relayed_total') ?? 0;

      const applicant = await createApplicant(operator.api);
      const slot = await findFreeSlot(operator.api, { consulateId: CONSULATE });
      await hold(operator.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' });
      await listener.waitForAvailable(slot.id, slot.available - 1);
      const after = await scrape();
      expect(after.value('miconsulado_slot_events_relayed_total')).toBeGreaterThan(relayed);
      expect(after.value('miconsulado_outbox_lag_seconds')).toBe(0);
    } finally {
      listener.close();
      other.close();
    }
    await waitFor(
      async () => (await scrape()).value('miconsulado_socket_connections') === 0,
      5_000,
      'the sockets gone from the gauge',
    );
  });

  it('show the call queues as the lead sees them: callers waiting, the longest wait, service level and target', async () => {
    const telephony = new Telephony(server.url);
    const first = await telephony.call({ queueId: QUEUE, from: '+14165550111' });
    const second = await telephony.call({ queueId: QUEUE, from: '+14165550122' });
    expect((await telephony.hangUp(second.id)).body.status).toBe('abandoned');

    const figures = await waitFor(
      async () => {
        const now = await scrape();
        return now.value('miconsulado_calls_waiting', { queue: QUEUE }) === 1 && now;
      },
      5_000,
      'one caller waiting in the queue',
    );
    const queues = await lead.api.get<QueueLoad[] | { items: QueueLoad[] }>('/api/floor/queues');
    expect(queues.status).toBe(200);
    const list = Array.isArray(queues.body) ? queues.body : queues.body.items;
    const seen = list.find((q) => q.id === QUEUE)!;
    expect(seen.waiting).toBe(1);
    expect(figures.value('miconsulado_calls_longest_wait_seconds', { queue: QUEUE })).toBeGreaterThanOrEqual(
      0,
    );
    expect(figures.value('miconsulado_calls_longest_wait_seconds', { queue: QUEUE })).toBeLessThanOrEqual(
      seen.longestWaitSeconds + 5,
    );
    // The caller who hung up unanswered is today's only outcome: none in time.
    expect(seen.serviceLevelToday).toBe(0);
    expect(figures.value('miconsulado_service_level_ratio', { queue: QUEUE })).toBe(0);
    expect(figures.value('miconsulado_service_level_target_ratio', { queue: QUEUE })).toBe(
      seen.serviceLevelTarget,
    );
    // A queue nobody called today has no service level to show (not a 0 that would read as all late).
    const quiet = list.find((q) => q.serviceLevelToday === null);
    if (quiet) expect(figures.value('miconsulado_service_level_ratio', { queue: quiet.id })).toBeUndefined();
    await telephony.hangUp(first.id);
  });

  it('watch the disk holding the SQLite file', async () => {
    const { value, family } = await scrape();
    if (server.dialect === 'sqlite') {
      const free = value('miconsulado_disk_free_bytes', { volume: 'database' })!;
      const size = value('miconsulado_disk_size_bytes', { volume: 'database' })!;
      expect(free).toBeGreaterThan(0);
      expect(size).toBeGreaterThanOrEqual(free);
    } else {
      // PostgreSQL's disk is the database server's: nothing of ours to watch without BACKUP_DIR.
      expect(family('miconsulado_disk_free_bytes').metrics).toEqual([]);
    }
  });

  it.runIf(process.env.TEST_DATABASE !== 'postgres')(
    'show the last scheduled backup and the space left where backups go (SQLite)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'miconsulado-metrics-backups-'));
      // A backup every 2 s (BACKUP_EVERY_HOURS is a decimal).
      const backed = await startTestServer({
        SEED: 'none',
        METRICS_TOKEN: TOKEN,
        BACKUP_DIR: dir,
        BACKUP_EVERY_HOURS: String(2 / 3600),
      });
      try {
        const startedAt = Date.now() / 1000;
        const read = async () => {
          const text = await scrapeText(backed.url);
          return new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
        };
        const last = (families: Map<string, ParsedFamily>) =>
          Number(families.get('miconsulado_backup_last_success_timestamp_seconds')?.metrics[0]?.value);
        expect(last(await read())).toBe(0);
        const families = await waitFor(
          async () => {
            const now = await read();
            return last(now) > 0 && now;
          },
          20_000,
          'a scheduled backup',
        );
        expect(last(families)).toBeGreaterThanOrEqual(startedAt - 1);
        expect(last(families)).toBeLessThanOrEqual(Date.now() / 1000 + 1);
        const free = families
          .get('miconsulado_disk_free_bytes')
          ?.metrics.find((m) => m.labels?.volume === 'backups');
        expect(Number(free?.value)).toBeGreaterThan(0);
      } finally {
        await backed.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
