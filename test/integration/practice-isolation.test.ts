/**
 * Practice sandboxes are isolated from the live inventory: what a trainee (or an operator whose
 * console is in practice mode) holds and books changes nothing an operator sees or receives, a
 * sandbox never reaches a real applicant, and a reset empties one sandbox only. Real server, real
 * SQLite file, real sockets.
 */
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_HEADER } from '../../shared/api/practice';
import type { SlotsChangedPayload } from '../../shared/realtime/events';
import {
  addDays,
  ApiClient,
  availableOf,
  book,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  login,
  postHold,
  searchApplicants,
  startCall,
  todayIn,
  type RequestOptions,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { SlotListener, waitFor, type ClientSocket } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

/** A console in practice mode: every request carries `x-practice-mode: on`. */
class PracticeModeClient extends ApiClient {
  override request<T = unknown>(method: string, path: string, options: RequestOptions = {}) {
    return super.request<T>(method, path, {
      ...options,
      headers: { [PRACTICE_HEADER]: 'on', ...options.headers },
    });
  }
}

/** A socket whose auth says `practice: true`, recording every `slots:changed`. */
async function practiceSocket(
  url: string,
  token: string,
): Promise<{ socket: ClientSocket; events: SlotsChangedPayload[] }> {
  const socket: ClientSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token, practice: true },
  });
  const events: SlotsChangedPayload[] = [];
  socket.on('slots:changed', (payload) => events.push(payload));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, events };
}

const today = todayIn('America/Phoenix');
/** A subscription window around every consulate's today (at most 62 days at once). */
const WINDOW = { from: addDays(today, -1), to: addDays(today, 40) };

async function subscribePractice(socket: ClientSocket, consulateId: string) {
  expect(
    await socket.timeout(5_000).emitWithAck('slots:subscribe', { consulateId, ...WINDOW }),
  ).toMatchObject({ ok: true });
}

const touched = (events: SlotsChangedPayload[], slotId: string) =>
  events.some((e) => e.changes.some((c) => c.slotId === slotId));

let server: TestServer;
let db: DbInspector;
let operator: Session;
let operator2: Session;
let trainee: Session;
let trainee2: Session;
let lead: Session;
const sockets: { close(): void }[] = [];

beforeAll(async () => {
  server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '100', HOLDS_PER_MINUTE: '10000' });
  db = inspectDb(server.databaseUrl);
  [operator, operator2, trainee, trainee2, lead] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'trainee1'),
    login(server.url, 'trainee2'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await db?.close();
  await server?.close();
});

/** The operator's live socket, subscribed to a consulate's next two weeks. */
async function liveListener(session: Session, consulateId: string) {
  const listener = await SlotListener.connect(server.url, session.token);
  sockets.push(listener);
  await listener.subscribe(consulateId, WINDOW.from, WINDOW.to);
  return listener;
}

/**
 * Proves a live socket heard nothing about `slotId`: a live change made afterwards reaches it, so
 * anything sent before it would have arrived first.
 */
async function expectNothingLiveAbout(listener: SlotListener, slotId: string, consulateId: string) {
  const marker = await findFreeSlot(operator2.api, { consulateId });
  const markerHold = await hold(operator2.api, {
    slotId: marker.id,
    applicantId: (await createApplicant(operator2.api)).id,
    procedureId: 'matricula',
  });
  await listener.waitForEvent(
    (e) => e.changes.some((c) => c.slotId === marker.id),
    5_000,
    'the marker change',
  );
  expect(touched(listener.events, slotId)).toBe(false);
  await operator2.api.del(`/api/holds/${markerHold.id}`);
}

describe("a trainee's holds and bookings", () => {
  it('change nothing an operator sees over HTTP or receives on the socket', async () => {
    const listener = await liveListener(operator, 'PHX');
    const traineeSocket = await practiceSocket(server.url, trainee.token);
    sockets.push(traineeSocket.socket);
    await subscribePractice(traineeSocket.socket, 'PHX');

    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const liveBefore = await availableOf(operator.api, slot);
    const applicant = await createApplicant(trainee.api);
    const appointment = await book(trainee.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect(appointment.status).toBe('booked');

    // The trainee's own console hears of its seat and sees it taken; the operator's sees nothing change.
    await waitFor(() => touched(traineeSocket.events, slot.id), 5_000, "the trainee's slots:changed");
    expect(await availableOf(trainee.api, slot)).toBe(liveBefore - 1);
    expect(await availableOf(operator.api, slot)).toBe(liveBefore);
    await expectNothingLiveAbout(listener, slot.id, 'PHX');
    expect((await db.auditOf('appointment', appointment.id)).map((e) => e.sandbox)).toEqual([
      `practice:${trainee.user.id}`,
    ]);
  });
});

describe('an operator in practice mode', () => {
  it('acts on their own sandbox: live counters, live rooms and live applicants are untouched', async () => {
    const practice = new PracticeModeClient(server.url, operator.token);
    const listener = await liveListener(operator2, 'PHX');
    const ownPractice = await practiceSocket(server.url, operator.token);
    sockets.push(ownPractice.socket);
    await subscribePractice(ownPractice.socket, 'PHX');

    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const liveBefore = await availableOf(operator.api, slot);
    const applicant = await createApplicant(practice);
    // Registered in the sandbox: the live console does not find them.
    expect(await searchApplicants(operator.api, applicant.curp)).toEqual([]);
    const call = await startCall(practice);
    const held = await hold(practice, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });

    await waitFor(() => touched(ownPractice.events, slot.id), 5_000, "the practice console's slots:changed");
    expect(await availableOf(practice, slot)).toBe(liveBefore - 1);
    expect(await availableOf(operator.api, slot)).toBe(liveBefore);
    await expectNothingLiveAbout(listener, slot.id, 'PHX');
    const sandbox = `practice:${operator.user.id}`;
    expect((await db.auditOf('hold', held.id)).map((e) => e.sandbox)).toEqual([sandbox]);
    expect(await db.callRow(call.id)).toMatchObject({ sandbox });
  });
});

describe('a practice sandbox never reaches a real applicant', () => {
  it("finds no live applicant by CURP, and a hold with a live applicant's id is 404", async () => {
    const real = await createApplicant(operator.api);
    expect((await searchApplicants(operator.api, real.curp)).map((a) => a.id)).toEqual([real.id]);
    expect(await searchApplicants(trainee.api, real.curp)).toEqual([]);
    expect(await searchApplicants(new PracticeModeClient(server.url, lead.token), real.curp)).toEqual([]);

    const slot = await findFreeSlot(trainee.api, { consulateId: 'PHX' });
    expectError(
      await postHold(trainee.api, { slotId: slot.id, applicantId: real.id, procedureId: 'matricula' }),
      404,
      'not_found',
    );
    expectError(
      await postHold(new PracticeModeClient(server.url, operator2.token), {
        slotId: slot.id,
        applicantId: real.id,
        procedureId: 'matricula',
      }),
      404,
      'not_found',
    );
    expect(
      (await operator.api.get<{ items: unknown[] }>(`/api/appointments?applicantId=${real.id}`)).body.items,
    ).toEqual([]);
  });
});

describe('resetting a practice sandbox', () => {
  it("empties the caller's sandbox only: other sandboxes and the live inventory keep everything", async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 3 });
    const liveApplicant = await createApplicant(operator.api);
    await book(operator.api, { slotId: slot.id, applicantId: liveApplicant.id, procedureId: 'matricula' });
    const liveAfterBooking = await availableOf(operator.api, slot);

    const mine = await createApplicant(trainee.api);
    await book(trainee.api, { slotId: slot.id, applicantId: mine.id, procedureId: 'matricula' });
    const theirs = await createApplicant(trainee2.api);
    const theirAppointment = await book(trainee2.api, {
      slotId: slot.id,
      applicantId: theirs.id,
      procedureId: 'matricula',
    });
    const theirAvailable = await availableOf(trainee2.api, slot);
    const call = await startCall(trainee.api);
    await trainee.api.post(`/api/calls/${call.id}/end`, { wrapUpCode: 'information' });

    const reset = await trainee.api.post<{
      removedReservations: number;
      removedApplicants: number;
      removedCalls: number;
    }>('/api/practice/reset');
    expect(reset.status).toBe(200);
    expect(reset.body.removedReservations).toBeGreaterThanOrEqual(1);
    expect(reset.body.removedApplicants).toBeGreaterThanOrEqual(1);
    expect(reset.body.removedCalls).toBeGreaterThanOrEqual(1);

    // The trainee's sandbox: the seat is back to the live capacity, the registration gone.
    expect(await availableOf(trainee.api, slot)).toBe(liveAfterBooking + 1);
    expect(await searchApplicants(trainee.api, mine.curp)).toEqual([]);
    // Another trainee and the live floor: unchanged.
    expect(await availableOf(trainee2.api, slot)).toBe(theirAvailable);
    expect((await searchApplicants(trainee2.api, theirs.curp)).map((a) => a.id)).toEqual([theirs.id]);
    expect(
      (
        await trainee2.api.get<{ items: { id: string; status: string }[] }>(
          `/api/appointments?applicantId=${theirs.id}`,
        )
      ).body.items,
    ).toEqual([expect.objectContaining({ id: theirAppointment.id, status: 'booked' })]);
    expect(await availableOf(operator.api, slot)).toBe(liveAfterBooking);
    expect((await searchApplicants(operator.api, liveApplicant.curp)).map((a) => a.id)).toEqual([
      liveApplicant.id,
    ]);
    expect(
      (await db.auditOf('sandbox', `practice:${trainee.user.id}`)).map((e) => [e.action, e.sandbox]),
    ).toEqual([['practice.reset', `practice:${trainee.user.id}`]]);
    expect(await db.overbookedSlots()).toEqual([]);

    // The sandbox works again after a reset.
    const again = await createApplicant(trainee.api);
    expect(
      (await book(trainee.api, { slotId: slot.id, applicantId: again.id, procedureId: 'matricula' })).status,
    ).toBe('booked');
  });

  it('is refused outside practice mode (403), and live data stays', async () => {
    const before = await db.count('reservations');
    expectError(await operator.api.post('/api/practice/reset'), 403, 'forbidden');
    expectError(await lead.api.post('/api/practice/reset'), 403, 'forbidden');
    expect(await db.count('reservations')).toBe(before);
  });
});
