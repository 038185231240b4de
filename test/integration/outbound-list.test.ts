/**
 * Outbound calls for the rebooking list: a lead turns a closed day's appointments into calls waiting
 * in the outbound queue, offered to that queue's operators like any call; accepting one gives the
 * operator the applicant and the appointment to rebook. Real server, real sockets, both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayClosure } from '../../shared/api/capacity';
import type { OutboundList } from '../../shared/api/calls';
import type { CallOfferedPayload, MyCall } from '../../shared/api/routing';
import { book, createApplicant, expectError, findFreeSlot, login, type Session } from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const OUTBOUND_QUEUE = 'q-outbound-rebooking';

let server: TestServer;
let db: DbInspector;
let operator: Session;
let caller: Session;
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({ TELEPHONY_TOKEN: 'outbound-test-token', OFFER_TIMEOUT_SECONDS: '30' });
  db = inspectDb(server.databaseUrl);
  [operator, caller, lead] = await Promise.all([
    login(server.url, 'operator7'),
    login(server.url, 'operator8'),
    login(server.url, 'lead1'),
  ]);
});

afterAll(async () => {
  await db?.close();
  await server?.close();
});

const postList = (session: Session, body: unknown) =>
  session.api.post<OutboundList>('/api/floor/outbound-lists', body);

describe('the rebooking list as outbound calls', () => {
  let closure: DayClosure;
  let list: OutboundList;

  it('makes one call per appointment with a phone, counts those without, and adds nothing twice', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'SAC', seats: 3 });
    const people = [
      await createApplicant(operator.api, { phone: '+19165550141' }),
      await createApplicant(operator.api, { phone: '+19165550142' }),
      await createApplicant(operator.api, { phone: null }),
    ];
    for (const person of people)
      await book(operator.api, { slotId: slot.id, applicantId: person.id, procedureId: 'matricula' });
    const date = slot.localStart.slice(0, 10);
    const closed = await lead.api.post<DayClosure>(`/api/consulates/SAC/days/${date}/close`, {
      reason: 'Cierre por mantenimiento',
    });
    expect(closed.status).toBe(201);
    closure = closed.body;
    const withPhone = closure.appointments.filter((a) => a.phone);
    expect(withPhone.map((a) => a.applicantId)).toEqual(
      expect.arrayContaining([people[0]!.id, people[1]!.id]),
    );

    const first = await postList(lead, { consulateId: 'SAC', date });
    expect(first.status).toBe(200);
    list = first.body;
    expect(list).toEqual({
      consulateId: 'SAC',
      date,
      queueId: OUTBOUND_QUEUE,
      created: withPhone.length,
      alreadyListed: 0,
      skippedWithoutPhone: closure.appointments.length - withPhone.length,
      callIds: expect.any(Array),
    });
    expect(list.skippedWithoutPhone).toBeGreaterThanOrEqual(1);
    expect(list.callIds).toHaveLength(withPhone.length);

    const again = await postList(lead, { consulateId: 'SAC', date });
    expect(again.body).toEqual({ ...list, created: 0, alreadyListed: withPhone.length });
    expect((await db.auditOf('consulate_day', `SAC:${date}`)).map((e) => e.action)).toContain(
      'outbound.list_created',
    );
  });

  it('refuses other roles, an open day and bad input, writing nothing', async () => {
    expectError(await postList(operator, { consulateId: 'SAC', date: '2030-01-02' }), 403, 'forbidden');
    expectError(await postList(lead, { consulateId: 'PHX', date: '2030-01-02' }), 404, 'not_found');
    expectError(await postList(lead, { consulateId: 'ZZZ', date: '2030-01-02' }), 404, 'not_found');
    expectError(await postList(lead, { consulateId: 'SAC', date: '2030-02-30' }), 400, 'invalid_request');
    expectError(await postList(lead, { consulateId: 'SAC' }), 400, 'invalid_request');
  });

  it("is offered to the outbound queue's operator, who gets the applicant and the appointment", async () => {
    const offers: CallOfferedPayload[] = [];
    const console1 = await FloorSocket.connect(server.url, caller.token);
    try {
      console1.socket.on('call:offered', (offer) => offers.push(offer));
      await console1.waitForStatus((s) => s.state === 'available', 'available');
      // A lead puts the available operator on the outbound queue: its calls are offered to them.
      const moved = await lead.api.post('/api/floor/reassignments', {
        userIds: [caller.user.id],
        queueId: OUTBOUND_QUEUE,
        when: 'now',
      });
      expect(moved.status).toBe(200);
      const offer = await waitFor(
        () => offers.find((o) => list.callIds.includes(o.callId)),
        10_000,
        'an outbound call offered',
      );
      expect(offer).toMatchObject({ direction: 'outbound', queueId: OUTBOUND_QUEUE });
      const accepted = await caller.api.post<MyCall>(`/api/offers/${offer.offerId}/accept`);
      expect(accepted.status).toBe(200);
      const appointment = closure.appointments.find((a) => a.phone === offer.from);
      expect(appointment).toBeDefined();
      const mine = await caller.api.get<MyCall>('/api/me/call');
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({
        callId: offer.callId,
        status: 'connected',
        direction: 'outbound',
        from: appointment!.phone,
        queueId: OUTBOUND_QUEUE,
        applicantId: appointment!.applicantId,
        appointmentId: appointment!.id,
      });
      expect(mine.body.matches.map((a) => a.id)).toContain(appointment!.applicantId);
    } finally {
      console1.close();
    }
  });
});
