/**
 * The leads' routes answer 403 to every other role (CONTRACT.md), 401 without a session, and let a
 * lead through; the floor's live room takes leads only. Adding a lead route is one line of the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, expectError, login, type Session } from '../support/api-client';
import { FloorSocket } from '../support/floor-client';
import { sleep } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const BATCH_MS = 30;
/** Long enough for a message that was going to come to have come. */
const QUIET_MS = BATCH_MS + 750;

/** A date far enough ahead that nothing a lead does to it here touches a booking. */
const FAR = '2030-06-03';

interface LeadEndpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /**
   * Sent by every role. The role is checked before the body, so a refused role never reaches it;
   * for a lead an invalid body (400) shows the request got past the role check without changing
   * anything, which suits the routes that close days or change seats.
   */
  body?: unknown;
}

/** Every lead-only route. */
const leadEndpoints: readonly LeadEndpoint[] = [
  { method: 'GET', path: '/api/floor' },
  { method: 'GET', path: '/api/floor/queues' },
  { method: 'GET', path: '/api/floor/figures' },
  { method: 'GET', path: '/api/floor/figures/hours' },
  { method: 'PUT', path: '/api/floor/queues/q-passports/target', body: {} },
  {
    method: 'POST',
    path: '/api/floor/reassignments',
    body: { userIds: ['usr_operator40'], queueId: 'q-passports', when: 'after_call' },
  },
  { method: 'POST', path: '/api/floor/operators/usr_operator40/state', body: { state: 'break' } },
  { method: 'PATCH', path: '/api/slots/PHX-000000000000', body: {} },
  { method: 'PUT', path: `/api/consulates/PHX/days/${FAR}/seats`, body: {} },
  { method: 'POST', path: '/api/consulates/PHX/slots/publish', body: {} },
  { method: 'POST', path: `/api/consulates/PHX/days/${FAR}/close`, body: {} },
  { method: 'GET', path: `/api/consulates/PHX/days/${FAR}/closure` },
  { method: 'POST', path: `/api/consulates/PHX/days/${FAR}/reopen`, body: {} },
  { method: 'GET', path: '/api/floor/shifts' },
  { method: 'GET', path: '/api/floor/schedules' },
  { method: 'PUT', path: '/api/floor/schedules/usr_operator40', body: {} },
];

let server: TestServer;
const sessions: Record<'operator' | 'trainee' | 'admin' | 'lead', Session> = {} as never;
const sockets: FloorSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ FLOOR_EVENT_BATCH_MS: String(BATCH_MS) });
  const [operator, trainee, admin, lead] = await Promise.all(
    ['operator1', 'trainee1', 'admin1', 'lead1'].map((u) => login(server.url, u)),
  );
  Object.assign(sessions, { operator, trainee, admin, lead });
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server?.close();
});

const send = (api: ApiClient, e: LeadEndpoint) =>
  api.request(e.method, e.path, e.body === undefined ? {} : { body: e.body });
const label = (e: LeadEndpoint) => `${e.method} ${e.path}`;

describe('lead routes over HTTP', () => {
  it.each(leadEndpoints.map((e) => [label(e), e] as const))(
    '%s: 403 forbidden for operator, trainee and admin',
    async (_, endpoint) => {
      for (const role of ['operator', 'trainee', 'admin'] as const) {
        const response = await send(sessions[role].api, endpoint);
        expect({ role, status: response.status }).toEqual({ role, status: 403 });
        expectError(response, 403, 'forbidden');
      }
    },
  );

  it.each(leadEndpoints.map((e) => [label(e), e] as const))(
    '%s: 401 without a session',
    async (_, endpoint) => {
      expectError(await send(new ApiClient(server.url), endpoint), 401, 'unauthenticated');
    },
  );

  it.each(leadEndpoints.map((e) => [label(e), e] as const))(
    '%s: a lead gets past the role check',
    async (_, endpoint) => {
      const response = await send(sessions.lead.api, endpoint);
      expect(response.status).not.toBe(401);
      expect(response.status).not.toBe(403);
      expect(response.status).toBeLessThan(500);
    },
  );

  it.each(leadEndpoints.map((e) => [label(e), e] as const))(
    '%s: 403 for a lead whose console is in practice mode (practice never changes live data)',
    async (_, endpoint) => {
      const response = await sessions.lead.api.request(endpoint.method, endpoint.path, {
        ...(endpoint.body === undefined ? {} : { body: endpoint.body }),
        headers: { 'x-practice-mode': 'on' },
      });
      expectError(response, 403, 'forbidden');
      expect((response.body as { error: { message: string } }).error.message).toMatch(/practice mode/);
    },
  );

  it('every lead route is documented in OpenAPI as for leads only', async () => {
    const docs = (
      await new ApiClient(server.url).get<{
        paths: Record<string, Record<string, { 'x-roles': string[]; summary: string }>>;
      }>('/api/docs')
    ).body;
    for (const endpoint of leadEndpoints) {
      const path = endpoint.path
        .replace(/\/days\/[^/]+/, '/days/{date}')
        .replace(/\/consulates\/[^/]+/, '/consulates/{consulateId}')
        .replace(/\/slots\/PHX-\d+/, '/slots/{id}')
        .replace(/\/(operators|schedules)\/usr_\w+/, '/$1/{userId}')
        .replace(/\/queues\/q-[\w-]+/, '/queues/{queueId}');
      const operation = docs.paths[path]?.[endpoint.method.toLowerCase()];
      expect(operation, label(endpoint)).toBeDefined();
      expect(operation?.['x-roles']).toEqual(['lead']);
      expect(operation?.summary.length).toBeGreaterThan(10);
    }
  });
});

describe('the floor room over socket.io', () => {
  it('refuses operators and trainees, who then receive no floor:changed; a lead joins and receives it', async () => {
    const [operatorSocket, traineeSocket, leadSocket] = await Promise.all([
      FloorSocket.connect(server.url, sessions.operator.token),
      FloorSocket.connect(server.url, sessions.trainee.token),
      FloorSocket.connect(server.url, sessions.lead.token),
    ]);
    sockets.push(operatorSocket, traineeSocket, leadSocket);
    expect(await operatorSocket.subscribeFloor()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await traineeSocket.subscribeFloor()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await leadSocket.subscribeFloor({ extra: true })).toMatchObject({
      error: { code: 'invalid_request' },
    });
    expect(await leadSocket.subscribeFloor()).toEqual({ ok: true });

    // Something changes on the floor: another operator's console connects.
    const operator2 = await login(server.url, 'operator2');
    const console2 = await FloorSocket.connect(server.url, operator2.token);
    sockets.push(console2);
    await leadSocket.waitForRow(operator2.user.id, (r) => r.state === 'available', 'operator2 available');
    await sleep(QUIET_MS);
    expect(operatorSocket.floorChanges).toEqual([]);
    expect(traineeSocket.floorChanges).toEqual([]);
  });

  it('refuses a lead console in practice mode: the floor is live', async () => {
    const practising = await FloorSocket.connect(server.url, sessions.lead.token, { practice: true });
    sockets.push(practising);
    expect(await practising.subscribeFloor()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('a lead who signs out loses the floor at once: the session’s sockets are closed by the server', async () => {
    const lead2 = await login(server.url, 'lead2');
    const socket = await FloorSocket.connect(server.url, lead2.token);
    sockets.push(socket);
    expect(await socket.subscribeFloor()).toEqual({ ok: true });
    const closed = new Promise<string>((resolve) =>
      socket.socket.once('disconnect', (reason) => resolve(reason)),
    );
    expect((await lead2.api.request('POST', '/api/auth/logout')).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    // The other lead's session and socket are untouched.
    expect((await sessions.lead.api.get('/api/floor')).status).toBe(200);
  });

  it('a lead who unsubscribes receives no more floor:changed', async () => {
    const leadSocket = await FloorSocket.connect(server.url, sessions.lead.token);
    sockets.push(leadSocket);
    expect(await leadSocket.subscribeFloor()).toEqual({ ok: true });
    expect(await leadSocket.socket.timeout(5_000).emitWithAck('floor:unsubscribe', {})).toEqual({ ok: true });
    const operator3 = await login(server.url, 'operator3');
    const console3 = await FloorSocket.connect(server.url, operator3.token);
    sockets.push(console3);
    await console3.waitForStatus((s) => s.state === 'available', 'available');
    await sleep(QUIET_MS);
    expect(leadSocket.floorChanges).toEqual([]);
  });
});
