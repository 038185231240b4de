/**
 * The operator's current call lives on the server: `GET /api/me/call` gives it back (a reload, a
 * crash) with everything chosen so far, `PATCH /api/me/call` keeps it told, and `POST /api/calls`
 * dials out — one call at a time. Against a real server on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Call } from '../../shared/api/calls';
import { MyCall, type CallOfferedPayload, type RoutedCall } from '../../shared/api/routing';
import {
  ApiClient,
  createApplicant,
  expectError,
  findFreeSlot,
  login,
  postEndCall,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket, getMyStatus } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let db: DbInspector;
let operator: Session;
let operator2: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({ TELEPHONY_TOKEN: 'my-call-token', OFFER_TIMEOUT_SECONDS: '60' });
  db = inspectDb(server.databaseUrl);
  [operator, operator2, lead] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  await db?.close();
  await server?.close();
});

const getMyCall = (session: Session) => session.api.get<MyCall>('/api/me/call');

describe('the current call on the server', () => {
  it('answers 204 while the operator has no call', async () => {
    const response = await getMyCall(operator);
    expect(response.status).toBe(204);
    expect(response.body).toBe('');
  });

  it('gives back an outbound call with what was picked, its live hold, after a reload too', async () => {
    const applicant = await createApplicant(operator.api, { phone: '+16025550188' });
    const started = await operator.api.post<Call>('/api/calls', { applicantId: applicant.id });
    expect(started.status).toBe(201);
    const call = Call.strict().parse(started.body);
    expect(call).toMatchObject({
      direction: 'outbound',
      applicantId: applicant.id,
      endedBy: null,
      hungUpAt: null,
      endedAt: null,
    });

    const first = await getMyCall(operator);
    expect(first.status).toBe(200);
    expect(MyCall.strict().parse(first.body)).toEqual({
      callId: call.id,
      status: 'connected',
      direction: 'outbound',
      from: null,
      language: null,
      queueId: null,
      answeredAt: call.startedAt,
      hungUpAt: null,
      wrapUpDeadline: null,
      applicantId: applicant.id,
      procedureId: null,
      consulateId: null,
      appointmentId: null,
      hold: null,
      matches: [],
    });

    const patched = await operator.api.patch<MyCall>('/api/me/call', {
      procedureId: 'matricula',
      consulateId: 'PHX',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      applicantId: applicant.id,
      procedureId: 'matricula',
      consulateId: 'PHX',
    });
    expect((await db.auditOf('call', call.id)).map((e) => e.action)).toEqual([
      'call.started',
      'call.updated',
    ]);

    // A hold made during the call (X-Call-Id) is the call's live hold, with its countdown.
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const held = await operator.api.post<{ id: string; expiresAt: string }>(
      '/api/holds',
      { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' },
      { 'x-call-id': call.id },
    );
    expect(held.status).toBe(201);

    // A reload: the same token asks again and gets the same call back, hold and all.
    const reloaded = await getMyCall(operator);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body).toEqual({
      ...first.body,
      procedureId: 'matricula',
      consulateId: 'PHX',
      hold: {
        id: held.body.id,
        slotId: slot.id,
        applicantId: applicant.id,
        procedureId: 'matricula',
        consulateId: 'PHX',
        expiresAt: held.body.expiresAt,
      },
    });
    // Another session of the same operator (a second console, a crash and sign-in) sees it too.
    const again = await login(server.url, 'operator1');
    expect((await getMyCall(again)).body).toEqual(reloaded.body);
    // Nobody else's call.
    expect((await getMyCall(operator2)).status).toBe(204);

    // Clearing the procedure keeps the rest.
    const cleared = await operator.api.patch<MyCall>('/api/me/call', { procedureId: null });
    expect(cleared.body).toMatchObject({ applicantId: applicant.id, procedureId: null, consulateId: 'PHX' });

    const ended = await postEndCall(operator.api, call.id, { wrapUpCode: 'information' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      endedBy: 'operator',
      applicantId: applicant.id,
      wrapUpCode: 'information',
    });
    expect(ended.body.hungUpAt).toBe(ended.body.endedAt);
    expect((await getMyCall(operator)).status).toBe(204);
  });

  it('gives back a routed call as accepted: the caller, the queue, the applicants with that number', async () => {
    const operator5 = await login(server.url, 'operator5');
    const known = await createApplicant(operator5.api, { phone: '+16195550123' });
    const offers: CallOfferedPayload[] = [];
    const console1 = await FloorSocket.connect(server.url, operator5.token);
    try {
      console1.socket.on('call:offered', (offer) => offers.push(offer));
      await console1.waitForStatus((s) => s.state === 'available', 'available');
      const queueId = (await getMyStatus(operator5.api)).queue?.id;
      const telephony = new ApiClient(server.url, 'my-call-token');
      const arrived = await telephony.post<RoutedCall>('/api/telephony/calls', {
        providerCallId: 'my-call-routed-1',
        from: '(619) 555-0123',
        language: 'es',
        queueId,
      });
      expect(arrived.status).toBe(201);
      const accepted = await waitFor(() => offers.at(-1), 5_000, 'call:offered');
      const answer = await operator5.api.post<MyCall>(`/api/offers/${accepted.offerId}/accept`);
      expect(answer.status).toBe(200);
      const mine = await getMyCall(operator5);
      expect(mine.status).toBe(200);
      expect(MyCall.strict().parse(mine.body)).toMatchObject({
        callId: accepted.callId,
        status: 'connected',
        direction: 'inbound',
        from: '+16195550123',
        language: accepted.language,
        queueId,
        hungUpAt: null,
        wrapUpDeadline: null,
        hold: null,
      });
      expect(mine.body.matches.map((a) => a.id)).toContain(known.id);
      // The accept answered what the reload gives back.
      expect(mine.body).toEqual(answer.body);
      // The caller hangs up: the call is still the operator's, in wrap-up, until they end it.
      const hungUp = await telephony.post<RoutedCall>(`/api/telephony/calls/${accepted.callId}/hangup`);
      expect(hungUp.body.status).toBe('ended');
      const wrapping = await getMyCall(operator5);
      expect(wrapping.body).toMatchObject({
        callId: accepted.callId,
        status: 'ended',
        hungUpAt: hungUp.body.endedAt,
      });
      const ended = await postEndCall(operator5.api, accepted.callId, { wrapUpCode: 'information' });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({
        endedBy: 'operator',
        hungUpAt: hungUp.body.endedAt,
        direction: 'inbound',
      });
      expect((await getMyCall(operator5)).status).toBe(204);
    } finally {
      console1.close();
    }
  });

  it('refuses a second call while one is open (409 operator_busy), and dials out about an appointment', async () => {
    const first = await operator2.api.post<Call>('/api/calls');
    expect(first.status).toBe(201);
    expectError(await operator2.api.post('/api/calls'), 409, 'operator_busy');
    expect(await db.count('calls')).toBeGreaterThan(0);
    await postEndCall(operator2.api, first.body.id, { wrapUpCode: 'dropped' });

    const applicant = await createApplicant(operator2.api);
    const slot = await findFreeSlot(operator2.api, { consulateId: 'PHX' });
    const held = await operator2.api.post<{ id: string }>('/api/holds', {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const booked = await operator2.api.post<{ id: string }>(
      '/api/appointments',
      { holdId: held.body.id },
      { 'idempotency-key': `my-call-${held.body.id}` },
    );
    expect(booked.status).toBe(201);
    const callBack = await operator2.api.post<Call>('/api/calls', { appointmentId: booked.body.id });
    expect(callBack.status).toBe(201);
    const mine = await getMyCall(operator2);
    expect(mine.body).toMatchObject({
      callId: callBack.body.id,
      applicantId: applicant.id,
      appointmentId: booked.body.id,
      procedureId: 'matricula',
      consulateId: 'PHX',
    });
    await postEndCall(operator2.api, callBack.body.id, { wrapUpCode: 'information' });
  });

  it('says clearly what is wrong and writes nothing', async () => {
    expectError(await operator.api.patch('/api/me/call', { consulateId: 'PHX' }), 404, 'not_found');
    expectError(await operator.api.post('/api/calls', { applicantId: 'app_doesnotexist' }), 404, 'not_found');
    expectError(
      await operator.api.post('/api/calls', { appointmentId: 'apt_doesnotexist' }),
      404,
      'not_found',
    );
    expectError(await operator.api.post('/api/calls', { somethingElse: 1 }), 400, 'invalid_request');
    expect((await getMyCall(operator)).status).toBe(204);

    const call = await operator.api.post<Call>('/api/calls');
    expect(call.status).toBe(201);
    const before = await db.auditOf('call', call.body.id);
    expectError(await operator.api.patch('/api/me/call', {}), 400, 'invalid_request');
    expectError(await operator.api.patch('/api/me/call', { consulateId: 'phx' }), 400, 'invalid_request');
    expectError(await operator.api.patch('/api/me/call', { consulateId: 'ZZZ' }), 404, 'not_found');
    expectError(await operator.api.patch('/api/me/call', { procedureId: 'no-such-thing' }), 404, 'not_found');
    expectError(
      await operator.api.patch('/api/me/call', { applicantId: 'app_doesnotexist', consulateId: 'PHX' }),
      404,
      'not_found',
    );
    expect(await db.auditOf('call', call.body.id)).toEqual(before);
    expect((await getMyCall(operator)).body).toMatchObject({ applicantId: null, consulateId: null });
    await postEndCall(operator.api, call.body.id, { wrapUpCode: 'dropped' });
  });

  it('is the operator’s own: admins have no call, and no token is 401', async () => {
    const admin = await login(server.url, 'admin1');
    expectError(await getMyCall(admin), 403, 'forbidden');
    expectError(await new ApiClient(server.url).get('/api/me/call'), 401, 'unauthenticated');
    expect((await getMyCall(lead)).status).toBe(204);
  });
});

describe('the wrap-up limit a lead sets', () => {
  it('is 120 seconds until set, only leads set it, within bounds, audited', async () => {
    expect((await lead.api.get('/api/floor/settings')).body).toEqual({ wrapUpLimitSeconds: 120 });
    expectError(await operator.api.get('/api/floor/settings'), 403, 'forbidden');
    expectError(
      await operator.api.request('PUT', '/api/floor/settings', { body: { wrapUpLimitSeconds: 60 } }),
      403,
      'forbidden',
    );
    for (const wrapUpLimitSeconds of [5, 3601, 60.5, '60'])
      expectError(
        await lead.api.request('PUT', '/api/floor/settings', { body: { wrapUpLimitSeconds } }),
        400,
        'invalid_request',
      );
    const put = await lead.api.request('PUT', '/api/floor/settings', { body: { wrapUpLimitSeconds: 90 } });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ wrapUpLimitSeconds: 90 });
    expect((await lead.api.get('/api/floor/settings')).body).toEqual({ wrapUpLimitSeconds: 90 });
    const audit = await db.auditOf('call_center_settings', 'wrap_up_limit_seconds');
    expect(audit.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ['call_center.settings_changed', lead.user.id, { from: 120, to: 90 }],
    ]);
  });
});
