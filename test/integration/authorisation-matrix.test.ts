/**
 * The authorisation matrix, generated from what the server mounted: every route of its route table
 * (through the OpenAPI document generated from it) × every identity — no token, a malformed token, a
 * token signed out, operator, trainee, lead, lead in practice (`x-practice-mode: on`), admin — with a
 * request the route's own schemas accept, so an allowed identity reaches the handler. Expected from the
 * route's `access`: 401 `unauthenticated` without a live session (public routes excepted), 403
 * `forbidden` for a role not allowed (and for a lead in practice on a lead-only, live-only route),
 * neither for an allowed one. A lead in practice is never answered with live data. Then every socket
 * event of the server's table × the same identities: no connection without a live session, `forbidden`
 * exactly where the event's own `authorise` refuses.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { toJSONSchema } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/auth';
import { PRACTICE_HEADER } from '../../shared/api/practice';
import { sandboxFor } from '../../server/kernel/actor';
import { validValue, type JsonSchema, type Pools } from '../support/openapi-arbitraries';
import { operationsOf, type OpenApiDocument, type Operation } from '../support/openapi-operations';
import { acceptedParts, sendParts } from '../support/openapi-requests';
import { seedPools } from '../support/openapi-seed-pools';
import { ApiClient, hold, createApplicant, findFreeSlot, login, type Session } from '../support/api-client';
import { connectError, connectSocket } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const SEED = 2_014;
const TELEPHONY_TOKEN = 'matrix-telephony-token-0123456789';

type Expectation = 'public' | 'unauthenticated' | 'forbidden' | 'allowed';

interface Identity {
  name: string;
  /** The role of a live session, or null for the three without one. */
  role: Role | null;
  practice: boolean;
  token(): string | null;
}

const usernames: Record<Role, string> = {
  operator: 'operator1',
  trainee: 'trainee1',
  lead: 'lead1',
  admin: 'admin1',
};

let server: TestServer;
let operations: Operation[];
let pools: Pools;
const sessions = new Map<Role, Session>();
let signedOutToken = '';
/** Ids of live things (calls, holds, appointments) a lead in practice must never be shown. */
let liveIds: string[] = [];

const session = (role: Role) => sessions.get(role)!;

const identities: Identity[] = [
  { name: 'no token', role: null, practice: false, token: () => null },
  { name: 'malformed token', role: null, practice: false, token: () => 'not-a-session-token%%' },
  { name: 'signed-out token', role: null, practice: false, token: () => signedOutToken },
  { name: 'operator', role: 'operator', practice: false, token: () => session('operator').token },
  { name: 'trainee', role: 'trainee', practice: false, token: () => session('trainee').token },
  { name: 'lead', role: 'lead', practice: false, token: () => session('lead').token },
  { name: 'lead in practice', role: 'lead', practice: true, token: () => session('lead').token },
  { name: 'admin', role: 'admin', practice: false, token: () => session('admin').token },
];

beforeAll(async () => {
  server = await startTestServer({
    MAX_LIVE_HOLDS_PER_USER: '1000',
    HOLDS_PER_MINUTE: '100000',
    TELEPHONY_TOKEN,
  });
  for (const [role, username] of Object.entries(usernames))
    sessions.set(role as Role, await login(server.url, username));
  const signedOut = await login(server.url, 'operator3');
  expect((await signedOut.api.post('/api/auth/logout')).status).toBe(204);
  signedOutToken = signedOut.token;
  const document = (await new ApiClient(server.url).get<OpenApiDocument>('/api/docs')).body;
  operations = operationsOf(document, server.routes);
  pools = {
    ...(await seedPools(
      { operator: session('operator').api, lead: session('lead').api, trainee: session('trainee').api },
      ['operator30'],
      [...sessions.values()].map((s) => s.user.id),
    )),
    // A sign-in that succeeds: the public route answers the same whatever token comes with it.
    password: ['demo1234'],
  };
  // The lead's own live hold and call: what a lead in practice could most easily be shown by mistake.
  const lead = session('lead').api;
  const slot = await findFreeSlot(lead, { consulateId: 'PHX' });
  const leadHold = await hold(lead, {
    slotId: slot.id,
    applicantId: (await createApplicant(lead)).id,
    procedureId: 'matricula',
  });
  const leadCall = await lead.post<{ id: string }>('/api/calls');
  expect(leadCall.status).toBe(201);
  liveIds = [
    ...(pools.holdId ?? []),
    ...(pools.appointmentId ?? []),
    ...(pools['path:calls'] ?? []),
    leadHold.id,
    leadCall.body.id,
  ];
});

afterAll(async () => {
  await server?.close();
});

function expectationOf(operation: Operation, identity: Identity): Expectation {
  if (operation.isPublic) return 'public';
  if (operation.service || !identity.role) return 'unauthenticated';
  if (!operation.roles.includes(identity.role)) return 'forbidden';
  // The floor, capacity and schedules have no practice copy: lead-only routes refuse practice mode.
  if (identity.practice && operation.roles.every((role) => role === 'lead')) return 'forbidden';
  return 'allowed';
}

const errorOf = (body: unknown) =>
  (body as { error?: { code?: unknown; message?: unknown } } | null)?.error ?? {};

interface Answer {
  operation: Operation;
  identity: Identity;
  expected: Expectation;
  status: number;
  body: unknown;
}

/**
 * A role refusal as the server words it (the first answer the matrix expects to be one): an allowed
 * identity may meet a route's own documented 403 (a practice route outside practice mode), never this.
 */
let roleRefusal: unknown;

function problemWith({ operation, identity, expected, status, body }: Answer): string | null {
  const { code, message } = errorOf(body);
  if (status >= 500) return 'a 5xx';
  if ((status === 401 || status === 403) && !operation.statuses.has(status))
    return `${status} is not among the route's documented answers`;
  switch (expected) {
    case 'unauthenticated':
      return status === 401 && code === 'unauthenticated' ? null : 'expected 401 unauthenticated';
    case 'forbidden':
      return status === 403 && code === 'forbidden' ? null : 'expected 403 forbidden';
    case 'public':
      return status === 401 && code === 'unauthenticated' ? 'a public route asked for a session' : null;
    case 'allowed':
      if (status === 401) return 'an allowed identity was refused as unauthenticated';
      if (status === 403 && (message === errorOf(roleRefusal).message || !operation.statuses.has(403)))
        return 'an allowed identity was refused its role';
      // In practice mode: the sandbox's data, or a refusal (a tool with no practice copy) — never live data.
      if (identity.practice && status < 300 && liveIds.some((id) => JSON.stringify(body).includes(id)))
        return 'a lead in practice was shown live data';
      return null;
  }
}

/** A request may end the session it was sent with (a logout): sign that user in again for the next. */
async function keepSignedIn(role: Role) {
  if ((await session(role).api.get('/api/auth/me')).status === 401)
    sessions.set(role, await login(server.url, usernames[role]));
}

describe('authorisation matrix', () => {
  it('every route × every identity answers as its access says', { timeout: 180_000 }, async () => {
    expect(operations.length).toBeGreaterThan(40);
    const answers: Answer[] = [];
    for (const [index, operation] of operations.entries()) {
      const parts = acceptedParts(operation, pools, SEED + index);
      for (const identity of identities) {
        const expected = expectationOf(operation, identity);
        const response = await sendParts(server.url, operation, parts, {
          token: identity.token(),
          headers: identity.practice ? { [PRACTICE_HEADER]: 'on' } : {},
        });
        answers.push({ operation, identity, expected, status: response.status, body: response.body });
        if (identity.role && expected === 'allowed') await keepSignedIn(identity.role);
      }
    }
    console.log(
      `authorisation matrix: ${operations.length} routes × ${identities.length} identities = ${answers.length} requests checked`,
    );
    roleRefusal = answers.find((a) => a.expected === 'forbidden' && !a.identity.practice)?.body;
    expect(errorOf(roleRefusal).code).toBe('forbidden');
    const wrong = answers.flatMap((a) => {
      const problem = problemWith(a);
      return problem
        ? [
            `${a.operation.method} ${a.operation.path} as ${a.identity.name}: ${problem}, got ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`,
          ]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it('every socket event × every identity: no connection without a session, forbidden where its authorise refuses', async () => {
    const events = server.socketHandlers.flatMap((handlers) => handlers.events);
    expect(events.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    let checked = 0;
    for (const identity of identities) {
      if (!identity.role) {
        const token = identity.token();
        const error = await connectError(server.url, token === null ? undefined : { token });
        expect(error.message, identity.name).toBe('unauthenticated');
        checked += events.length;
        continue;
      }
      const user = session(identity.role).user;
      const sandbox = sandboxFor(user, identity.practice);
      const socket = await connectSocket(server.url, identity.token()!, { practice: identity.practice });
      try {
        for (const [index, definition] of events.entries()) {
          const refusal = definition.authorise?.({ ...user, sandbox }) ?? null;
          const payload = acceptedPayload(definition.payload, SEED + index);
          // Any event of the table, by name: the typed client cannot name them all at once.
          const untyped = socket.timeout(5_000) as unknown as {
            emitWithAck(event: string, payload: unknown): Promise<{ ok?: true; error?: { code: string } }>;
          };
          const ack = await untyped.emitWithAck(definition.event, payload);
          checked += 1;
          const code = ack.error?.code;
          if (refusal ? code !== 'forbidden' : code === 'forbidden' || code === 'unauthenticated')
            wrong.push(
              `${definition.event} as ${identity.name}: expected ${refusal ? 'forbidden' : 'not refused'}, got ${JSON.stringify(ack)}`,
            );
        }
      } finally {
        socket.close();
      }
    }
    console.log(
      `authorisation matrix: ${events.length} socket events × ${identities.length} identities = ${checked} checked`,
    );
    expect(wrong).toEqual([]);
  });
});

/** The first payload (from a fixed seed) that the event's own schema accepts. */
function acceptedPayload(schema: z.ZodType, seed: number): unknown {
  if (schema.safeParse({}).success) return {};
  const json = toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as JsonSchema;
  const arbitrary = validValue(json, pools);
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const [payload] = fc.sample(arbitrary, { seed: seed + attempt, numRuns: 1 });
    if (schema.safeParse(payload).success) return payload;
  }
  throw new Error('no payload its schema accepts in 500 tries');
}
