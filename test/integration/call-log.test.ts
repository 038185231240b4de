/**
 * The call log: a call starts when the phone rings and ends with a wrap-up code, against a real
 * server on a real SQLite file.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import { Call } from '../../shared/api/calls';
import {
  ApiClient,
  book,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  login,
  newIdempotencyKey,
  postEndCall,
  postStartCall,
  startCall,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let db: DbInspector;
let operator: Session;
let operator2: Session;
let lead: Session;
let trainee: Session;
let admin: Session;

beforeAll(async () => {
  server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '100', HOLDS_PER_MINUTE: '10000' });
  db = inspectDb(server.databaseUrl);
  [operator, operator2, lead, trainee, admin] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'lead1'),
    login(server.url, 'trainee1'),
    login(server.url, 'admin1'),
  ]);
});

afterAll(async () => {
  await db?.close();
  await server?.close();
});

// One call at a time per operator: a test that leaves its call open closes it for the next one.
afterEach(async () => {
  for (const session of [operator, operator2, lead, trainee]) {
    const current = await session.api.get<{ callId: string }>('/api/me/call');
    if (current.status === 200)
      await postEndCall(session.api, current.body.callId, { wrapUpCode: 'dropped' });
  }
});

/**
 * An appointment booked by this session, in its own sandbox; on `call` (its requests carrying
 * X-Call-Id, as the console sends them) when given: a call's outcome may name only that.
 */
async function bookedAppointment(session: Session, call?: { id: string }) {
  const applicant = await createApplicant(session.api);
  const slot = await findFreeSlot(session.api, { consulateId: 'PHX' });
  const input = { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' };
  if (!call) return book(session.api, input);
  const held = await session.api.post<{ id: string }>('/api/holds', input, { 'x-call-id': call.id });
  const booked = await session.api.post<Appointment>(
    '/api/appointments',
    { holdId: held.body.id },
    { 'x-call-id': call.id, 'idempotency-key': newIdempotencyKey() },
  );
  if (booked.status !== 201) throw new Error(`booking on the call failed: ${booked.status}`);
  return booked.body;
}

describe('starting and ending a call', () => {
  it('starts a call at the server clock (201) and ends it as booked with the appointment (200)', async () => {
    const before = Date.now();
    const started = await postStartCall(operator.api);
    expect(started.status).toBe(201);
    const call = Call.strict().parse(started.body);
    expect(call).toEqual({
      id: expect.stringMatching(/^cal_[a-z0-9]{20}$/),
      operatorId: operator.user.id,
      startedAt: expect.any(String),
      endedAt: null,
      wrapUpCode: null,
      applicantId: null,
      appointmentId: null,
      note: null,
      durationSeconds: null,
      direction: 'outbound',
      endedBy: null,
      hungUpAt: null,
    });
    expect(Date.parse(call.startedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(call.startedAt)).toBeLessThanOrEqual(Date.now() + 1000);

    // The console sends the call's id with the call's requests: the booking's audit names the call.
    const applicant = await createApplicant(operator.api);
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const confirmed = await operator.api.post<{ id: string }>(
      '/api/appointments',
      { holdId: held.id },
      { 'idempotency-key': `key-${call.id}`, 'x-call-id': call.id },
    );
    expect(confirmed.status).toBe(201);
    expect((await db.auditOf('appointment', confirmed.body.id)).map((e) => e.callId)).toEqual([call.id]);

    const ended = await postEndCall(operator.api, call.id, {
      wrapUpCode: 'booked',
      appointmentId: confirmed.body.id,
      note: '  Trae acta de nacimiento.  ',
    });
    expect(ended.status).toBe(200);
    const done = Call.strict().parse(ended.body);
    expect(done).toMatchObject({
      id: call.id,
      operatorId: operator.user.id,
      startedAt: call.startedAt,
      wrapUpCode: 'booked',
      appointmentId: confirmed.body.id,
      // The applicant is the appointment's when the console does not say.
      applicantId: applicant.id,
      note: 'Trae acta de nacimiento.',
      endedBy: 'operator',
      // The operator's end hangs up the line.
      hungUpAt: done.endedAt,
    });
    expect(Date.parse(done.endedAt as string)).toBeGreaterThanOrEqual(Date.parse(call.startedAt));
    expect(done.durationSeconds).toBe(
      Math.floor((Date.parse(done.endedAt as string) - Date.parse(call.startedAt)) / 1000),
    );

    const read = await operator.api.get<Call>(`/api/calls/${call.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(done);
  });

  it('ends a call with no applicant or appointment for wrap-ups that need none', async () => {
    for (const wrapUpCode of [
      'information',
      'no_availability',
      'caller_declined',
      'dropped',
      'transferred',
    ] as const) {
      const call = await startCall(operator.api);
      const ended = await postEndCall(operator.api, call.id, { wrapUpCode });
      expect(ended.status, wrapUpCode).toBe(200);
      expect(ended.body).toMatchObject({
        wrapUpCode,
        applicantId: null,
        appointmentId: null,
        note: null,
        durationSeconds: expect.any(Number),
      });
    }
  });

  it('takes an empty JSON body on start, and refuses any field in it (400)', async () => {
    expect((await operator.api.post('/api/calls', {})).status).toBe(201);
    expectError(
      await operator.api.post('/api/calls', { operatorId: operator2.user.id }),
      400,
      'invalid_request',
    );
  });

  it('records an applicant given without an appointment, and cancelled with the cancelled appointment', async () => {
    const applicant = await createApplicant(operator.api);
    const call = await startCall(operator.api);
    expect(
      (await postEndCall(operator.api, call.id, { wrapUpCode: 'information', applicantId: applicant.id }))
        .body,
    ).toMatchObject({ applicantId: applicant.id, appointmentId: null });

    const appointment = await bookedAppointment(operator);
    const second = await startCall(operator.api);
    // Cancelled on the call: the call's outcome may name it.
    expect(
      (
        await operator.api.post(`/api/appointments/${appointment.id}/cancel`, undefined, {
          'x-call-id': second.id,
        })
      ).status,
    ).toBe(200);
    expect(
      (await postEndCall(operator.api, second.id, { wrapUpCode: 'cancelled', appointmentId: appointment.id }))
        .body,
    ).toMatchObject({
      wrapUpCode: 'cancelled',
      appointmentId: appointment.id,
      applicantId: appointment.applicantId,
    });
  });
});

describe('what ending a call refuses', () => {
  it('ends a call only once: the second end is 409 call_already_ended and changes nothing', async () => {
    const call = await startCall(operator.api);
    const first = await postEndCall(operator.api, call.id, {
      wrapUpCode: 'information',
      note: 'Horario de atención',
    });
    expect(first.status).toBe(200);
    const again = expectError(
      await postEndCall(operator.api, call.id, { wrapUpCode: 'dropped' }),
      409,
      'call_already_ended',
    );
    expect(again.error.message).toMatch(/already ended/);
    expect((await operator.api.get(`/api/calls/${call.id}`)).body).toEqual(first.body);
    expect((await db.auditOf('call', call.id)).map((e) => e.action)).toEqual(['call.started', 'call.ended']);
  });

  it('lets exactly one of two simultaneous ends win', async () => {
    const call = await startCall(operator.api);
    const answers = await Promise.all([
      postEndCall(operator.api, call.id, { wrapUpCode: 'dropped' }),
      postEndCall(operator.api, call.id, { wrapUpCode: 'information' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await db.auditOf('call', call.id)).filter((e) => e.action === 'call.ended')).toHaveLength(1);
  });

  it("answers 404 for another operator's call and for an unknown call, for ending and for reading", async () => {
    const call = await startCall(operator.api);
    expectError(await postEndCall(operator2.api, call.id, { wrapUpCode: 'information' }), 404, 'not_found');
    expectError(await operator2.api.get(`/api/calls/${call.id}`), 404, 'not_found');
    // A lead may read any call, but ends only their own.
    expect((await lead.api.get<Call>(`/api/calls/${call.id}`)).body).toMatchObject({
      id: call.id,
      endedAt: null,
    });
    expectError(await postEndCall(lead.api, call.id, { wrapUpCode: 'information' }), 404, 'not_found');
    expectError(
      await postEndCall(operator.api, 'cal_doesnotexist', { wrapUpCode: 'information' }),
      404,
      'not_found',
    );
    expectError(await operator.api.get('/api/calls/cal_doesnotexist'), 404, 'not_found');
    expect((await operator.api.get<Call>(`/api/calls/${call.id}`)).body.endedAt).toBeNull();
  });

  it.each(['booked', 'rescheduled'] as const)(
    'refuses %s without an appointmentId (400) and leaves the call open',
    async (wrapUpCode) => {
      const call = await startCall(operator.api);
      const refused = expectError(
        await postEndCall(operator.api, call.id, { wrapUpCode }),
        400,
        'invalid_request',
      );
      expect(refused.error.message).toContain('appointmentId');
      expect((await operator.api.get<Call>(`/api/calls/${call.id}`)).body.endedAt).toBeNull();
      expect((await postEndCall(operator.api, call.id, { wrapUpCode: 'caller_declined' })).status).toBe(200);
    },
  );

  it('refuses an unknown appointment or applicant (404), and an applicant that is not the appointment’s (400)', async () => {
    const call = await startCall(operator.api);
    const appointment = await bookedAppointment(operator, call);
    const other = await createApplicant(operator.api);
    expectError(
      await postEndCall(operator.api, call.id, { wrapUpCode: 'booked', appointmentId: 'apt_doesnotexist' }),
      404,
      'not_found',
    );
    expectError(
      await postEndCall(operator.api, call.id, {
        wrapUpCode: 'information',
        applicantId: 'app_doesnotexist',
      }),
      404,
      'not_found',
    );
    expectError(
      await postEndCall(operator.api, call.id, {
        wrapUpCode: 'booked',
        appointmentId: appointment.id,
        applicantId: other.id,
      }),
      400,
      'invalid_request',
    );
    expect(
      (
        await postEndCall(operator.api, call.id, {
          wrapUpCode: 'booked',
          appointmentId: appointment.id,
          applicantId: appointment.applicantId,
        })
      ).status,
    ).toBe(200);
  });

  it('refuses bad bodies with 400: unknown wrap-up code, unknown field, a note over 500 characters', async () => {
    const call = await startCall(operator.api);
    expectError(
      await operator.api.post(`/api/calls/${call.id}/end`, { wrapUpCode: 'hung_up' }),
      400,
      'invalid_request',
    );
    expectError(await operator.api.post(`/api/calls/${call.id}/end`, {}), 400, 'invalid_request');
    expectError(
      await operator.api.post(`/api/calls/${call.id}/end`, { wrapUpCode: 'dropped', durationSeconds: 1 }),
      400,
      'invalid_request',
    );
    expectError(
      await operator.api.post(`/api/calls/${call.id}/end`, { wrapUpCode: 'dropped', note: 'x'.repeat(501) }),
      400,
      'invalid_request',
    );
    expect(
      (await postEndCall(operator.api, call.id, { wrapUpCode: 'dropped', note: 'x'.repeat(500) })).status,
    ).toBe(200);
  });

  it('needs a session (401) and a role that takes calls (403 for admins)', async () => {
    const anonymous = new ApiClient(server.url);
    expectError(await anonymous.post('/api/calls'), 401, 'unauthenticated');
    expectError(
      await anonymous.post('/api/calls/cal_x/end', { wrapUpCode: 'dropped' }),
      401,
      'unauthenticated',
    );
    expectError(await anonymous.get('/api/calls/cal_x'), 401, 'unauthenticated');
    expectError(await admin.api.post('/api/calls'), 403, 'forbidden');
    expect((await postStartCall(lead.api)).status).toBe(201);
  });
});

describe("a trainee's calls", () => {
  it('live in the practice sandbox: practice appointments only, invisible to operators', async () => {
    const call = await startCall(trainee.api);
    expect(await db.callRow(call.id)).toMatchObject({
      sandbox: `practice:${trainee.user.id}`,
      operator_id: trainee.user.id,
    });

    const live = await bookedAppointment(operator);
    expectError(
      await postEndCall(trainee.api, call.id, { wrapUpCode: 'booked', appointmentId: live.id }),
      404,
      'not_found',
    );
    const practice = await bookedAppointment(trainee, call);
    const ended = await postEndCall(trainee.api, call.id, {
      wrapUpCode: 'booked',
      appointmentId: practice.id,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      operatorId: trainee.user.id,
      appointmentId: practice.id,
      applicantId: practice.applicantId,
    });

    expectError(await operator.api.get(`/api/calls/${call.id}`), 404, 'not_found');
    expect((await db.auditOf('call', call.id)).map((e) => e.sandbox)).toEqual([
      `practice:${trainee.user.id}`,
      `practice:${trainee.user.id}`,
    ]);

    // A live call cannot name a practice appointment either.
    const liveCall = await startCall(operator.api);
    expectError(
      await postEndCall(operator.api, liveCall.id, { wrapUpCode: 'booked', appointmentId: practice.id }),
      404,
      'not_found',
    );
  });
});

describe('the audit log', () => {
  it('records who started and ended each call, when, and how it ended', async () => {
    const call = await startCall(operator2.api);
    const appointment = await bookedAppointment(operator2, call);
    const ended = (
      await postEndCall(operator2.api, call.id, { wrapUpCode: 'booked', appointmentId: appointment.id })
    ).body;
    expect(await db.auditOf('call', call.id)).toEqual([
      {
        at: call.startedAt,
        actorId: operator2.user.id,
        actorRole: 'operator',
        action: 'call.started',
        entityType: 'call',
        entityId: call.id,
        sandbox: 'live',
        callId: call.id,
        details: { startedAt: call.startedAt, direction: 'outbound', applicantId: null, appointmentId: null },
      },
      {
        at: ended.endedAt,
        actorId: operator2.user.id,
        actorRole: 'operator',
        action: 'call.ended',
        entityType: 'call',
        entityId: call.id,
        sandbox: 'live',
        callId: call.id,
        details: {
          wrapUpCode: 'booked',
          applicantId: appointment.applicantId,
          appointmentId: appointment.id,
          durationSeconds: ended.durationSeconds,
          endedBy: 'operator',
          hungUpAt: ended.endedAt,
        },
      },
    ]);
  });

  it('writes nothing for a refused end', async () => {
    const call = await startCall(operator2.api);
    const before = await db.count('audit_log');
    expectError(await postEndCall(operator2.api, call.id, { wrapUpCode: 'booked' }), 400, 'invalid_request');
    expectError(await postEndCall(operator.api, call.id, { wrapUpCode: 'dropped' }), 404, 'not_found');
    expect(await db.count('audit_log')).toBe(before);
  });
});

describe('API documentation', () => {
  it('documents the call routes in OpenAPI, with call_already_ended among the error codes', async () => {
    const docs = await new ApiClient(server.url).get<{
      info: { description: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>('/api/docs');
    expect(docs.body.paths['/api/calls']?.post?.responses['201']).toBeDefined();
    expect(docs.body.paths['/api/calls/{id}/end']?.post?.responses['409']).toBeDefined();
    expect(docs.body.paths['/api/calls/{id}']?.get?.responses['200']).toBeDefined();
    expect(docs.body.info.description).toContain('call_already_ended (409)');
  });
});
