/**
 * Whatever a client sends, the server answers with a 4xx and the error shape (never a 5xx), and a
 * refused request leaves nothing half-written behind.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hold } from '../../shared/api/booking/holds';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  availableOf,
  createApplicant,
  expectErrorShape,
  findFreeSlot,
  getSlot,
  hold,
  login,
  newApplicantBody,
  newIdempotencyKey,
  todayIn,
  type ApiResponse,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { SlotListener } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const RUNS = 80;

let server: TestServer;
let db: DbInspector;
let operator: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({
    MAX_LIVE_HOLDS_PER_USER: '1000',
    HOLDS_PER_MINUTE: '100000',
    FAILED_LOGINS_PER_15_MINUTES: '1000',
  });
  db = inspectDb(server.databaseUrl);
  [operator, lead] = await Promise.all([login(server.url, 'operator1'), login(server.url, 'lead1')]);
});

afterAll(async () => {
  await db?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------------------------
// Arbitraries

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '0',
    '-1',
    '1e999',
    '__proto__',
    'constructor',
    'PHX',
    'hld_x',
    'app_x',
    '../../etc',
    '%00',
    '2026-12-01',
  ),
);
const json = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });
const object = fc.dictionary(text, json, { maxKeys: 6 });

type Mutation =
  | { kind: 'replace'; key: number; value: unknown }
  | { kind: 'drop'; key: number }
  | { kind: 'add'; name: string; value: unknown }
  | { kind: 'whole'; value: unknown };

/** A valid body spoilt in one way, or something else altogether. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      key: fc.nat(),
      value: fc.oneof(json, text, fc.integer(), fc.double()),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), key: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), name: text, value: json }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: fc.oneof(json, object) }) },
);

function spoil(valid: Record<string, unknown>, m: Mutation): unknown {
  const keys = Object.keys(valid);
  switch (m.kind) {
    case 'replace':
      return { ...valid, [keys[m.key % keys.length] as string]: m.value };
    case 'drop': {
      const copy = { ...valid };
      delete copy[keys[m.key % keys.length] as string];
      return copy;
    }
    case 'add':
      return m.name in valid ? { ...valid, [`${m.name}_extra`]: m.value } : { ...valid, [m.name]: m.value };
    case 'whole':
      return m.value;
  }
}

/** Never a 5xx; an error is `{error: {code, message}}` with a 4xx. */
function expectNoServerError(response: ApiResponse<unknown>, sent: unknown) {
  expect(response.status, `sent ${JSON.stringify(sent)}: ${JSON.stringify(response.body)}`).toBeLessThan(500);
  if (response.status >= 400) expectErrorShape(response);
}

const refused = (r: ApiResponse<unknown>) => r.status >= 400;

// ---------------------------------------------------------------------------------------------
// Bodies

describe('bodies the server does not expect', () => {
  it('POST /api/holds: refused without a 5xx, and a refusal takes no seat', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2 });
    const applicant = await createApplicant(operator.api);
    const valid = { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const body = spoil(valid, m);
        const reservations = await db.count('reservations');
        const response = await operator.api.post<Hold>('/api/holds', body);
        expectNoServerError(response, body);
        if (refused(response)) {
          expect(await db.count('reservations')).toBe(reservations);
          expect(await availableOf(operator.api, slot)).toBe(slot.available);
        } else {
          expect((await operator.api.del(`/api/holds/${response.body.id}`)).status).toBe(204);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /api/appointments: refused without a 5xx, and a refusal books nothing', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    let held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const key = fc.oneof(
      fc.constant(undefined),
      fc.uuid(),
      fc.string({ maxLength: 40, unit: fc.constantFrom(...'abcXYZ019-_.:/ {}"\'\\'.split('')) }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, key, async (m, idempotencyKey) => {
        const body = spoil({ holdId: held.id }, m);
        const before = {
          reservations: await db.reservationCounts(),
          keys: await db.count('idempotency_keys'),
        };
        const response = await operator.api.request('POST', '/api/appointments', {
          body,
          headers: idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey },
        });
        expectNoServerError(response, { body, idempotencyKey });
        if (refused(response)) {
          expect({
            reservations: await db.reservationCounts(),
            keys: await db.count('idempotency_keys'),
          }).toEqual(before);
        } else {
          held = await hold(operator.api, {
            slotId: slot.id,
            applicantId: (await createApplicant(operator.api)).id,
            procedureId: 'matricula',
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /api/applicants: refused without a 5xx, and a refusal registers no one', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, fc.boolean(), async (m, withContact) => {
        const valid = newApplicantBody(
          withContact ? { phone: '+1 (602) 555-0100', email: 'a@example.com' } : {},
        );
        const body = spoil(valid, m);
        const applicants = await db.count('applicants');
        const response = await operator.api.post('/api/applicants', body);
        expectNoServerError(response, body);
        expect(await db.count('applicants')).toBe(refused(response) ? applicants : applicants + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /api/auth/login: refused without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const body = spoil({ username: 'operator5', password: 'demo1234' }, m);
        const response = await operator.api.post('/api/auth/login', body);
        expectNoServerError(response, body);
        if (!refused(response)) expect(response.status).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('PATCH /api/slots/:id: refused without a 5xx, and a refusal leaves the seats as they were', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'ELP' });
    await hold(operator.api, {
      slotId: slot.id,
      applicantId: (await createApplicant(operator.api)).id,
      procedureId: 'matricula',
    });
    let current: Slot = await getSlot(lead.api, slot);
    await fc.assert(
      fc.asyncProperty(mutation, fc.option(text, { freq: 4 }), async (m, id) => {
        const body = spoil({ capacity: 4 }, m);
        const path = `/api/slots/${id === null ? slot.id : encodeURIComponent(id)}`;
        const response = await lead.api.patch<Slot>(path, body);
        expectNoServerError(response, { path, body });
        if (refused(response)) expect(await getSlot(lead.api, slot)).toEqual(current);
        else if (response.body.id === slot.id) current = await getSlot(lead.api, slot);
        expect(await db.overbookedSlots()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('bodies that are not JSON at all: 400 or 413, never a 5xx', async () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 60, unit: 'binary' }),
      fc.constantFrom(
        '{',
        '{"slotId":',
        '[1,2',
        '\u0000',
        '{"a":1}}',
        'nul',
        '"unterminated',
        '{"__proto__": {"x": 1}}',
        '[]'.repeat(3000),
      ),
    );
    const paths = fc.constantFrom(
      '/api/holds',
      '/api/appointments',
      '/api/applicants',
      '/api/auth/login',
      '/api/appointments/apt_x/cancel',
    );
    await fc.assert(
      fc.asyncProperty(raw, paths, async (rawBody, path) => {
        const before = (await db.count('reservations')) + (await db.count('applicants'));
        const response = await operator.api.request('POST', path, {
          rawBody,
          headers: { 'idempotency-key': newIdempotencyKey() },
        });
        expectNoServerError(response, { path, rawBody });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect((await db.count('reservations')) + (await db.count('applicants'))).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Query strings

const queryValue = fc.oneof(
  text,
  fc.array(text, { minLength: 2, maxLength: 3 }),
  fc.constantFrom('PHX', 'ELP', 'matricula', '2026-12-01', '2026-12-31', '2027-02-01', '0', '50', '51'),
);
const queryKeys = (known: string[]) => fc.oneof(fc.constantFrom(...known), text);

function queryString(entries: [string, string | string[]][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries)
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params.toString();
}

describe('query strings the server does not expect', () => {
  const rawQuery = fc.string({
    maxLength: 40,
    unit: fc.constantFrom(...'&=?%[]+#;:,/ aZ09-é\u0000'.split('')),
  });

  it.each([
    ['/api/slots', ['consulateId', 'from', 'to', 'procedureId']],
    ['/api/applicants', ['q', 'limit']],
    ['/api/procedures', ['date']],
    ['/api/appointments', ['applicantId']],
  ])('GET %s answers 200 or a 4xx with the error shape', async (path, known) => {
    const reservations = await db.count('reservations');
    const structured = fc.array(fc.tuple(queryKeys(known), queryValue), { maxLength: 5 }).map(queryString);
    await fc.assert(
      fc.asyncProperty(fc.oneof(structured, rawQuery), async (query) => {
        const response = await operator.api.get<{ items: unknown[] }>(`${path}?${query}`);
        expectNoServerError(response, query);
        if (response.status === 200) expect(Array.isArray(response.body.items)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(await db.count('reservations')).toBe(reservations);
  });

  it('GET /api/slots with well-formed but arbitrary ranges answers 200, 400 or 404', async () => {
    const today = todayIn('America/Phoenix');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('PHX', 'ELP', 'ZZZ', 'phx'),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -5, max: 70 }),
        async (consulateId, offset, days) => {
          const from = addDays(today, offset);
          const response = await operator.api.get<{ items: Slot[] }>(
            `/api/slots?consulateId=${consulateId}&from=${from}&to=${addDays(from, days)}`,
          );
          expectNoServerError(response, { consulateId, offset, days });
          const valid = consulateId !== 'phx' && days >= 0 && days <= 61;
          expect(response.status).toBe(!valid ? 400 : consulateId === 'ZZZ' ? 404 : 200);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Socket payloads

describe('socket payloads the server does not expect', () => {
  it('slots:subscribe always acknowledges {ok: true, seq} or {error: {code, message}}', async () => {
    const listener = await SlotListener.connect(server.url, operator.token);
    try {
      const today = todayIn('America/Phoenix');
      const nearlyValid = mutation.map((m) =>
        spoil({ consulateId: 'PHX', from: today, to: addDays(today, 7) }, m),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(nearlyValid, json, object), async (payload) => {
          const ack = await listener.emitSubscribe(payload);
          if ('ok' in ack) expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
          else
            expect(ack).toEqual({
              error: {
                code: expect.stringMatching(/^(invalid_request|not_found)$/),
                message: expect.any(String),
              },
            });
          expect(listener.socket.connected).toBe(true);
        }),
        { numRuns: 100 },
      );
    } finally {
      listener.close();
    }
  });
});
