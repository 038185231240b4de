/**
 * The practice header (`x-practice-mode`) is understood or refused, never ignored: a value other
 * than `on` or `off` answers 400 naming the header, a role without a sandbox (admin) asking for
 * practice answers 403, and a lead in practice mode never reads a live call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_HEADER } from '../../shared/api/practice';
import type { Call } from '../../shared/api/calls';
import { expectError, login, postEndCall, startCall, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let lead: Session;
let admin: Session;
let trainee: Session;

beforeAll(async () => {
  server = await startTestServer();
  [operator, lead, admin, trainee] = await Promise.all([
    login(server.url, 'operator7'),
    login(server.url, 'lead2'),
    login(server.url, 'admin1'),
    login(server.url, 'trainee3'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

const messageOf = (body: unknown) => (body as { error: { message: string } }).error.message;

describe('the practice header is understood or refused', () => {
  it.each(['ON', 'On', 'yes', 'true', '1', 'practice', 'on,on'])(
    '"%s" answers 400 invalid_request naming the header (nothing lands on live seats)',
    async (value) => {
      const response = await operator.api.get('/api/me/status', { [PRACTICE_HEADER]: value });
      expectError(response, 400, 'invalid_request');
      expect(messageOf(response.body)).toContain(PRACTICE_HEADER);
    },
  );

  it('an empty value is refused too', async () => {
    const response = await operator.api.get('/api/auth/me', { [PRACTICE_HEADER]: '' });
    expectError(response, 400, 'invalid_request');
    expect(messageOf(response.body)).toContain(PRACTICE_HEADER);
  });

  it('"on" and "off" are understood: an operator in practice and out of it', async () => {
    expect((await operator.api.get('/api/me/status', { [PRACTICE_HEADER]: 'on' })).status).toBe(200);
    expect((await operator.api.get('/api/me/status', { [PRACTICE_HEADER]: 'off' })).status).toBe(200);
  });

  it('an admin has no practice sandbox: "on" answers 403 saying so', async () => {
    const response = await admin.api.get('/api/auth/me', { [PRACTICE_HEADER]: 'on' });
    expectError(response, 403, 'forbidden');
    expect(messageOf(response.body)).toMatch(/practice/i);
  });

  it('a trainee always practises: "off" answers 403 rather than pretending to be live', async () => {
    const response = await trainee.api.get('/api/auth/me', { [PRACTICE_HEADER]: 'off' });
    expectError(response, 403, 'forbidden');
    expect(messageOf(response.body)).toMatch(/practi/i);
  });
});

describe('a lead in practice mode never reads live calls', () => {
  let liveCall: Call;

  beforeAll(async () => {
    liveCall = await startCall(operator.api);
  });

  afterAll(async () => {
    await postEndCall(operator.api, liveCall.id, { wrapUpCode: 'information' });
  });

  it('out of practice the lead reads the live call (the call exists)', async () => {
    const response = await lead.api.get<Call>(`/api/calls/${liveCall.id}`);
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(liveCall.id);
  });

  it('in practice mode the same call is unknown (404), as every live record is to a sandbox', async () => {
    const response = await lead.api.get(`/api/calls/${liveCall.id}`, { [PRACTICE_HEADER]: 'on' });
    expectError(response, 404, 'not_found');
  });

  it("in practice mode the lead's own status names no live call (GET and PUT /api/me/status)", async () => {
    const leadsCall = await startCall(lead.api);
    try {
      const live = await lead.api.get<{ callId: string | null }>('/api/me/status');
      expect(live.body.callId).toBe(leadsCall.id);
      const practising = await lead.api.get('/api/me/status', { [PRACTICE_HEADER]: 'on' });
      expect(practising.status).toBe(200);
      expect(practising.body).toMatchObject({ callId: null });
      expect(JSON.stringify(practising.body)).not.toContain(leadsCall.id);
      const set = await lead.api.request('PUT', '/api/me/status', {
        body: { state: 'break' },
        headers: { [PRACTICE_HEADER]: 'on' },
      });
      expect(set.status).toBe(200);
      expect(JSON.stringify(set.body)).not.toContain(leadsCall.id);
    } finally {
      await postEndCall(lead.api, leadsCall.id, { wrapUpCode: 'information' });
    }
  });

  it('in practice mode the lead still reads the calls of their own sandbox', async () => {
    const practiceCall = await lead.api.post<Call>('/api/calls', undefined, { [PRACTICE_HEADER]: 'on' });
    expect(practiceCall.status).toBe(201);
    const read = await lead.api.get<Call>(`/api/calls/${practiceCall.body.id}`, { [PRACTICE_HEADER]: 'on' });
    expect(read.status).toBe(200);
    await lead.api.post(
      `/api/calls/${practiceCall.body.id}/end`,
      { wrapUpCode: 'information' },
      { [PRACTICE_HEADER]: 'on' },
    );
  });
});
