/**
 * The OpenAPI document fuzzed against a real, seeded server: for every documented operation,
 * requests built from its own schemas — values of the documented shape (real ids from the seed where
 * a field names one) and hostile ones (wrong types, huge and odd strings, negative numbers, extra and
 * missing fields, impossible dates, 9999-12-31, very long URLs, bodies over 1 MiB) — sent with the
 * token of a role the route allows. Every answer: never a 5xx; a documented status (plus 404 for a
 * path part that names nothing, 413 for a body over 1 MiB, 414 for a URL over what the server reads);
 * every error `{error: {code, message}}` with a known code of that status; every 2xx body valid
 * against the route's documented response schema. A fixed fast-check seed: runs reproduce.
 * What a refusal must leave behind (no seat taken, nothing registered), raw non-JSON bodies and socket
 * payloads are bad-input.property.test.ts's.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../shared/api/auth';
import { hostileValue, isDateSchema, spoiltObject, type Pools } from '../support/openapi-arbitraries';
import {
  errorShapeProblem,
  operationsOf,
  parametersSchema,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-operations';
import { poolsFor, sendParts, validParts, type RequestParts } from '../support/openapi-requests';
import { seedPools } from '../support/openapi-seed-pools';
import { ApiClient, login, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

/** fast-check's seed: the same requests on every run (the operation's index is added to it). */
const SEED = 1_414;
/**
 * Requests per operation: ~60 operations, ~3,000 requests in all on SQLite (under a minute on a loaded
 * two-core machine); PostgreSQL (the integration-pg rerun) answers each write slower, so fewer there.
 */
const RUNS = { sqlite: 52, postgres: 30 };
/** Fewer where each request is costly: a password hash (a logout signs someone in first), a day's closing. */
const FEWER_RUNS: Readonly<Record<string, number>> = {
  'POST /api/auth/login': 15,
  'POST /api/auth/logout': 6,
  'POST /api/consulates/{consulateId}/days/{date}/close': 15,
};
const TELEPHONY_TOKEN = 'fuzz-telephony-token-0123456789';
/** A URL longer than any server reads whole (Node reads 16 KiB of request line and headers). */
const LONG_URL_CHARS = 20_000;
const OVER_BODY_LIMIT = 'x'.repeat(1024 * 1024 + 10);

let server: TestServer;
let operations: Operation[];
let pools: Pools;
const sessions = new Map<Role, Session>();
const identities: Record<Role, string> = {
  operator: 'operator1',
  lead: 'lead1',
  trainee: 'trainee1',
  admin: 'admin1',
};

beforeAll(async () => {
  server = await startTestServer({
    MAX_LIVE_HOLDS_PER_USER: '1000',
    HOLDS_PER_MINUTE: '100000',
    FAILED_LOGINS_PER_15_MINUTES: '1000',
    FAILED_LOGINS_PER_HOUR_TO_LOCK: '100000',
    TELEPHONY_TOKEN,
  });
  for (const [role, username] of Object.entries(identities))
    sessions.set(role as Role, await login(server.url, username));
  const document = (await new ApiClient(server.url).get<OpenApiDocument>('/api/docs')).body;
  operations = operationsOf(document, server.routes);
  pools = await seedPools(
    {
      operator: sessions.get('operator')!.api,
      lead: sessions.get('lead')!.api,
      trainee: sessions.get('trainee')!.api,
    },
    // Sign-in guesses go to users the fuzz does not act as: a locked identity would end the run.
    ['operator30', 'operator31', 'trainee5', 'nobody', 'OPERATOR30'],
    [...sessions.values()].map((session) => session.user.id),
  );
});

afterAll(async () => {
  await server?.close();
});

type Spoilt = 'none' | 'path' | 'query' | 'headers' | 'body' | 'long-url' | 'huge-body';

interface FuzzRequest extends RequestParts {
  role: Role | null;
  spoilt: Spoilt;
}

function requestArbitrary(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const own = poolsFor(operation, pools);
  const role: fc.Arbitrary<Role | null> =
    operation.roles.length > 0 ? fc.constantFrom(...operation.roles) : fc.constant(null);
  const schemas = {
    path: parametersSchema(operation, 'path'),
    query: parametersSchema(operation, 'query'),
    headers: parametersSchema(operation, 'header'),
  };
  const valid = fc
    .tuple(role, validParts(operation, pools))
    .map(([r, parts]): FuzzRequest => ({ role: r, ...parts, spoilt: 'none' }));
  const spoilings: fc.Arbitrary<FuzzRequest>[] = [];
  for (const part of ['path', 'query', 'headers'] as const) {
    const schema = schemas[part];
    if (!schema) continue;
    spoilings.push(
      fc
        .tuple(valid, spoiltObject(schema, own))
        .map(([request, bad]) => ({ ...request, [part]: bad.value, spoilt: part })),
    );
  }
  if (operation.body) {
    const body = operation.body;
    const bad = body.type === 'object' ? spoiltObject(body, own).map((b) => b.value) : hostileValue(body);
    spoilings.push(
      fc.tuple(valid, bad).map(([request, value]) => ({ ...request, body: value, spoilt: 'body' })),
    );
  }
  // A query with a stray parameter: for a route without a query schema it is ignored, for one with a
  // strict schema refused; either way not a 5xx.
  spoilings.push(
    fc
      .tuple(
        valid,
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...['', '9999-12-31', '-1', '😀', 'a'.repeat(2000)]),
      )
      .map(([request, key, value]) => ({
        ...request,
        query: { ...request.query, [key === '' ? 'extra' : key]: value },
        spoilt: 'query' as Spoilt,
      })),
  );
  const rare: fc.Arbitrary<FuzzRequest>[] = [
    valid.map((request) => ({
      ...request,
      query: { ...request.query, pad: 'a'.repeat(LONG_URL_CHARS) },
      spoilt: 'long-url' as Spoilt,
    })),
  ];
  if (operation.method !== 'GET')
    rare.push(
      valid.map((request) => ({ ...request, body: { pad: OVER_BODY_LIMIT }, spoilt: 'huge-body' as Spoilt })),
    );
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: 10, arbitrary: fc.oneof(...spoilings) },
    { weight: 1, arbitrary: fc.oneof(...rare) },
  );
}

/** Dates the brief of every range must survive: the year 9999, a day no calendar has, year zero. */
const EDGE_DATES = ['9999-12-31', '2026-02-30', '0000-00-00'];

/**
 * Requests every run sends whatever the seed draws: each date-shaped field (path, query or body) at
 * each edge date, each path part longer than any id, a URL over 16 KiB and, with a body, one over 1 MiB.
 */
function edgeRequests(operation: Operation, base: FuzzRequest): FuzzRequest[] {
  const edges: FuzzRequest[] = [];
  for (const parameter of operation.parameters) {
    const part = parameter.in === 'header' ? 'headers' : parameter.in;
    if (isDateSchema(parameter.schema))
      for (const date of EDGE_DATES)
        edges.push({ ...base, [part]: { ...base[part], [parameter.name]: date }, spoilt: part });
    if (parameter.in === 'path')
      edges.push({ ...base, path: { ...base.path, [parameter.name]: 'a'.repeat(10_000) }, spoilt: 'path' });
  }
  const body = base.body;
  if (operation.body?.properties && typeof body === 'object' && body !== null && !Array.isArray(body))
    for (const [name, schema] of Object.entries(operation.body.properties))
      if (isDateSchema(schema))
        for (const date of EDGE_DATES)
          edges.push({ ...base, body: { ...body, [name]: date }, spoilt: 'body' });
  edges.push({ ...base, query: { ...base.query, pad: 'a'.repeat(LONG_URL_CHARS) }, spoilt: 'long-url' });
  if (operation.method !== 'GET')
    edges.push({ ...base, body: { pad: OVER_BODY_LIMIT }, spoilt: 'huge-body' });
  return edges;
}

let sent = 0;

async function send(operation: Operation, request: FuzzRequest) {
  let token: string | null = null;
  if (operation.service) token = TELEPHONY_TOKEN;
  else if (request.role && operation.path === '/api/auth/logout')
    token = (await login(server.url, request.role === 'admin' ? 'admin1' : `${request.role}2`)).token;
  else if (request.role) token = sessions.get(request.role)!.token;
  sent += 1;
  return sendParts(server.url, operation, request, { token });
}

/** A request or answer for a failure message: long strings cut. */
const brief = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 24)}…(${v.length} chars)` : v,
  )?.slice(0, 700);

function expectContractAnswer(operation: Operation, request: FuzzRequest, status: number, body: unknown) {
  const what = `${operation.method} ${operation.path} sent ${brief(request)} → ${status} ${brief(body)}`;
  expect(status, what).toBeLessThan(500);
  const allowed = new Set(operation.statuses);
  // A path part that names nothing is 404; one longer than the server reads, 414 (431 past 16 KiB).
  if (request.spoilt === 'path') allowed.add(404).add(414).add(431);
  if (request.spoilt === 'huge-body') allowed.add(413);
  // Node reads 16 KiB of request line and headers: past that, 414 or 431 (it cannot tell the URL apart).
  if (request.spoilt === 'long-url') allowed.add(414).add(431);
  expect([...allowed], `undocumented status: ${what}`).toContain(status);
  const schema = operation.route.responses[status];
  if (status >= 400 && !schema) expect(errorShapeProblem(status, body), what).toBeNull();
  if (status < 300) {
    if (schema) {
      const parsed = schema.safeParse(body);
      expect(parsed.success, `${what}: ${parsed.error?.message.slice(0, 400)}`).toBe(true);
    } else expect(body, what).toBe('');
  }
}

it(
  'every documented operation answers fuzzed requests within its contract',
  { timeout: 240_000 },
  async () => {
    expect(operations.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const [index, operation] of operations.entries()) {
      const role = fc.constantFrom<Role | null>(...(operation.roles.length > 0 ? operation.roles : [null]));
      const [base] = fc.sample(
        fc
          .tuple(role, validParts(operation, pools))
          .map(([r, parts]): FuzzRequest => ({ role: r, ...parts, spoilt: 'none' })),
        { seed: SEED + index, numRuns: 1 },
      );
      const examples = edgeRequests(operation, base!).map((request) => [request] as [FuzzRequest]);
      const details = await fc.check(
        fc.asyncProperty(requestArbitrary(operation), async (request) => {
          const response = await send(operation, request);
          expectContractAnswer(operation, request, response.status, response.body);
        }),
        {
          seed: SEED + index,
          // The edge requests first, then the drawn ones.
          numRuns:
            examples.length + (FEWER_RUNS[`${operation.method} ${operation.path}`] ?? RUNS[server.dialect]),
          examples,
          endOnFailure: true,
        },
      );
      if (details.failed)
        failures.push(
          `${operation.method} ${operation.path} (seed ${details.seed}): ${String((details.errorInstance as Error | null)?.message).slice(0, 900)}`,
        );
      // The fuzz acts as these users throughout: no request may have ended their sessions.
      for (const [role, session] of sessions)
        expect(
          (await session.api.get('/api/auth/me')).status,
          `${role}'s session after ${operation.path}`,
        ).toBe(200);
    }
    console.log(`OpenAPI fuzz: ${sent} requests over ${operations.length} operations`);
    expect(failures).toEqual([]);
  },
);
