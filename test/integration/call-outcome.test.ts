/**
 * A call's outcome names something that happened on that call: an operator cannot end their call as
 * "booked" (or "rescheduled", "cancelled") naming an appointment someone else booked, or one booked
 * on another call, and so cannot inflate their figures with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { Call } from '../../shared/api/calls';
import {
  createApplicant,
  expectError,
  findFreeSlot,
  login,
  newIdempotencyKey,
  postEndCall,
  startCall,
  type Session,
} from '../support/api-client';
import { floorRowOf } from '../support/floor-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let a: Session;
let b: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '100', HOLDS_PER_MINUTE: '10000' });
  [a, b, lead] = await Promise.all([
    login(server.url, 'operator35'),
    login(server.url, 'operator36'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

/** Books a new appointment as the console does during a call: every request carries X-Call-Id. */
async function bookOnCall(session: Session, call: Call): Promise<Appointment> {
  const onCall = { 'x-call-id': call.id };
  const applicant = await createApplicant(session.api);
  const slot = await findFreeSlot(session.api, { consulateId: 'PHX' });
  const held = await session.api.post<{ id: string }>(
    '/api/holds',
    { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' },
    onCall,
  );
  expect(held.status).toBe(201);
  const booked = await session.api.post<Appointment>(
    '/api/appointments',
    { holdId: held.body.id },
    { ...onCall, 'idempotency-key': newIdempotencyKey() },
  );
  expect(booked.status).toBe(201);
  return booked.body;
}

const figuresOf = async (session: Session) => {
  const row = await floorRowOf(lead.api, session.user.id);
  return { calls: row.callsToday, bookings: row.bookingsToday };
};

describe("a call's outcome", () => {
  it("refuses an operator's 'booked' naming another operator's appointment; their figures do not move", async () => {
    const callOfA = await startCall(a.api);
    const booked = await bookOnCall(a, callOfA);
    expect(
      (await postEndCall(a.api, callOfA.id, { wrapUpCode: 'booked', appointmentId: booked.id })).status,
    ).toBe(200);

    const before = await figuresOf(b);
    const callOfB = await startCall(b.api);
    const refused = expectError(
      await postEndCall(b.api, callOfB.id, { wrapUpCode: 'booked', appointmentId: booked.id }),
      400,
      'invalid_request',
    );
    expect(refused.error.message).toMatch(/not booked on this call/);
    expectError(
      await postEndCall(b.api, callOfB.id, { wrapUpCode: 'rescheduled', appointmentId: booked.id }),
      400,
      'invalid_request',
    );
    // The call is still open: B ends it with what really happened.
    expect((await b.api.get<Call>(`/api/calls/${callOfB.id}`)).body.endedAt).toBeNull();
    expect((await postEndCall(b.api, callOfB.id, { wrapUpCode: 'information' })).status).toBe(200);
    expect(await figuresOf(b)).toEqual({ calls: before.calls + 1, bookings: before.bookings });
  });

  it("refuses 'booked' naming the operator's own appointment booked on an earlier call", async () => {
    const first = await startCall(a.api);
    const booked = await bookOnCall(a, first);
    expect(
      (await postEndCall(a.api, first.id, { wrapUpCode: 'booked', appointmentId: booked.id })).status,
    ).toBe(200);
    const before = await figuresOf(a);
    const second = await startCall(a.api);
    expectError(
      await postEndCall(a.api, second.id, { wrapUpCode: 'booked', appointmentId: booked.id }),
      400,
      'invalid_request',
    );
    expect(
      (await postEndCall(a.api, second.id, { wrapUpCode: 'information', appointmentId: booked.id })).status,
    ).toBe(200);
    expect(await figuresOf(a)).toEqual({ calls: before.calls + 1, bookings: before.bookings });
  });

  it("takes 'rescheduled' and 'cancelled' naming what was moved or cancelled on the call, not elsewhere", async () => {
    const first = await startCall(a.api);
    const original = await bookOnCall(a, first);
    expect(
      (await postEndCall(a.api, first.id, { wrapUpCode: 'booked', appointmentId: original.id })).status,
    ).toBe(200);

    // Moved on B's call: B's outcome may name the new appointment or the one it moved.
    const callOfB = await startCall(b.api);
    const slot = await findFreeSlot(b.api, { consulateId: 'PHX' });
    const moved = await b.api.post<Appointment>(
      `/api/appointments/${original.id}/reschedule`,
      { slotId: slot.id },
      { 'x-call-id': callOfB.id, 'idempotency-key': newIdempotencyKey() },
    );
    expect(moved.status).toBe(201);
    expect(
      (await postEndCall(b.api, callOfB.id, { wrapUpCode: 'rescheduled', appointmentId: moved.body.id }))
        .status,
    ).toBe(200);

    // Cancelled without a call: no call may claim it.
    expect((await b.api.post(`/api/appointments/${moved.body.id}/cancel`)).status).toBe(200);
    const callOfA = await startCall(a.api);
    expectError(
      await postEndCall(a.api, callOfA.id, { wrapUpCode: 'cancelled', appointmentId: moved.body.id }),
      400,
      'invalid_request',
    );
    expectError(
      await postEndCall(a.api, callOfA.id, { wrapUpCode: 'rescheduled', appointmentId: original.id }),
      400,
      'invalid_request',
    );

    // Cancelled on the call: named, it stands.
    const another = await bookOnCall(a, callOfA);
    expect(
      (await a.api.post(`/api/appointments/${another.id}/cancel`, undefined, { 'x-call-id': callOfA.id }))
        .status,
    ).toBe(200);
    expect(
      (await postEndCall(a.api, callOfA.id, { wrapUpCode: 'cancelled', appointmentId: another.id })).body,
    ).toMatchObject({ wrapUpCode: 'cancelled', appointmentId: another.id });
  });
});
