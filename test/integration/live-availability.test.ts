/**
 * Live availability over socket.io: who may connect, what a subscription acknowledges, which
 * changes reach which subscribers, and practice staying out of the live floor's sight.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  availableOf,
  createApplicant,
  expectError,
  findFreeSlot,
  getSlot,
  hold,
  login,
  postConfirm,
  postHold,
  searchApplicants,
  todayIn,
  type Session,
} from '../support/api-client';
import { adultsOn } from '../support/adults';
import { SlotListener, connectError, sleep } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

/** Changes are gathered this long before one message per consulate goes out. */
const BATCH_MS = 50;
/** Long enough for a message that was going to come to have come. */
const QUIET_MS = BATCH_MS + 750;

let server: TestServer;
let operator: Session;
let operator2: Session;
let lead: Session;
const listeners: SlotListener[] = [];

beforeAll(async () => {
  server = await startTestServer({
    SLOT_EVENT_BATCH_MS: String(BATCH_MS),
    MAX_LIVE_HOLDS_PER_USER: '100',
    HOLDS_PER_MINUTE: '10000',
  });
  [operator, operator2, lead] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'lead1'),
  ]);
});

afterEach(() => {
  for (const listener of listeners.splice(0)) listener.close();
});

afterAll(async () => {
  await server?.close();
});

async function listen(session: Session, ...consulates: string[]): Promise<SlotListener> {
  const listener = await SlotListener.connect(server.url, session.token);
  listeners.push(listener);
  for (const consulateId of consulates) {
    const today = todayIn('America/Chicago');
    await listener.subscribe(consulateId, addDays(today, -1), addDays(today, 14));
  }
  return listener;
}

describe('connecting', () => {
  it('refuses a socket without a token: connect_error "unauthenticated"', async () => {
    expect((await connectError(server.url, undefined)).message).toBe('unauthenticated');
    expect((await connectError(server.url, {})).message).toBe('unauthenticated');
  });

  it('refuses a socket with a bad token: connect_error "unauthenticated"', async () => {
    expect((await connectError(server.url, { token: 'made-up-token-0123456789' })).message).toBe(
      'unauthenticated',
    );
    expect((await connectError(server.url, { token: 12345 })).message).toBe('unauthenticated');
    expect((await connectError(server.url, { token: `${operator.token}x` })).message).toBe('unauthenticated');
  });

  it('refuses the token of a session that logged out', async () => {
    const session = await login(server.url, 'operator30');
    expect((await session.api.post('/api/auth/logout')).status).toBe(204);
    expect((await connectError(server.url, { token: session.token })).message).toBe('unauthenticated');
  });
});

describe('subscribing', () => {
  it('acknowledges a subscription with {ok: true, seq}', async () => {
    const listener = await listen(operator);
    const today = todayIn('America/Phoenix');
    const ack = await listener.emitSubscribe({ consulateId: 'PHX', from: today, to: addDays(today, 61) });
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    expect('ok' in ack && Number.isInteger(ack.seq) && ack.seq >= 0).toBe(true);
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'PHX'],
    ['null', null],
    ['a number', 42],
    ['an array', ['PHX', '2026-12-01', '2026-12-02']],
    ['a lower-case code', { consulateId: 'phx', from: '2026-12-01', to: '2026-12-02' }],
    ['a missing range', { consulateId: 'PHX' }],
    ['a date that does not exist', { consulateId: 'PHX', from: '2026-02-30', to: '2026-03-02' }],
    ['to before from', { consulateId: 'PHX', from: '2026-12-10', to: '2026-12-01' }],
    ['63 days', { consulateId: 'PHX', from: '2026-12-01', to: '2027-02-01' }],
    ['an unknown field', { consulateId: 'PHX', from: '2026-12-01', to: '2026-12-02', all: true }],
  ])('refuses %s with {error: {code: "invalid_request"}}', async (_what, payload) => {
    const listener = await listen(operator);
    const ack = await listener.emitSubscribe(payload);
    expect(ack).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
    // The socket stays usable.
    expect(
      await listener.emitSubscribe({ consulateId: 'PHX', from: '2026-12-01', to: '2026-12-02' }),
    ).toMatchObject({ ok: true });
  });

  it('refuses an unknown consulate with an error acknowledgement', async () => {
    const listener = await listen(operator);
    expect(
      await listener.emitSubscribe({ consulateId: 'ZZZ', from: '2026-12-01', to: '2026-12-02' }),
    ).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('changes reach the subscribers of that consulate', () => {
  it('hold, release, booking, cancellation and capacity change each tell PHX subscribers, and only them', async () => {
    const phx = await listen(operator, 'PHX');
    const phx2 = await listen(lead, 'PHX');
    const elp = await listen(operator, 'ELP');
    const unsubscribed = await listen(operator);
    const slot = await findFreeSlot(operator2.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator2.api);
    const a = slot.available;

    const step = async (action: () => Promise<unknown>, expected: number) => {
      const before = phx.events.length;
      await action();
      const event = await phx.waitForEvent(
        (e) => phx.events.indexOf(e) >= before && e.changes.some((c) => c.slotId === slot.id),
        5_000,
        `a change to ${expected}`,
      );
      expect(event).toEqual({
        consulateId: 'PHX',
        changes: [{ slotId: slot.id, available: expected }],
        seq: expect.any(Number),
      });
      expect(await availableOf(operator.api, slot)).toBe(expected);
    };

    const input = { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' };
    let holdId = '';
    let appointment: Appointment | undefined;
    await step(async () => (holdId = (await hold(operator2.api, input)).id), a - 1);
    await step(() => operator2.api.del(`/api/holds/${holdId}`), a);
    await step(async () => (holdId = (await hold(operator2.api, input)).id), a - 1);
    await step(async () => (appointment = (await postConfirm(operator2.api, holdId)).body), a - 1);
    await step(() => operator2.api.post(`/api/appointments/${appointment?.id}/cancel`), a);
    await step(() => lead.api.patch(`/api/slots/${slot.id}`, { capacity: slot.capacity + 2 }), a + 2);

    await sleep(QUIET_MS);
    expect(phx.changesOf(slot.id)).toEqual([a - 1, a, a - 1, a - 1, a, a + 2]);
    expect(phx2.changesOf(slot.id)).toEqual(phx.changesOf(slot.id));
    expect(elp.events).toEqual([]);
    expect(unsubscribed.events).toEqual([]);
  });

  it('numbers the messages of a consulate one by one, from the seq of the subscription', async () => {
    const listener = await SlotListener.connect(server.url, operator.token);
    listeners.push(listener);
    const today = todayIn('America/Chicago');
    const seq = await listener.subscribe('DAL', today, addDays(today, 13));
    for (let i = 0; i < 4; i++) {
      const slot = await findFreeSlot(operator2.api, { consulateId: 'DAL' });
      const applicant = await createApplicant(operator2.api);
      await hold(operator2.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' });
      await listener.waitForAvailable(slot.id, slot.available - 1);
    }
    expect(listener.events.map((e) => e.seq)).toEqual([seq + 1, seq + 2, seq + 3, seq + 4]);
  });

  it('stops sending once a socket unsubscribes', async () => {
    const listener = await listen(operator, 'DAL');
    expect(
      await listener.socket.timeout(5_000).emitWithAck('slots:unsubscribe', { consulateId: 'DAL' }),
    ).toEqual({ ok: true });
    const slot = await findFreeSlot(operator2.api, { consulateId: 'DAL' });
    const applicant = await createApplicant(operator2.api);
    await hold(operator2.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' });
    await sleep(QUIET_MS);
    expect(listener.events).toEqual([]);
  });
});

describe('batching', () => {
  // A wide window, so that the holds below land in one batch even on a busy machine.
  let batching: TestServer;
  let sessions: Session[];
  beforeAll(async () => {
    batching = await startTestServer({ SLOT_EVENT_BATCH_MS: '1000' });
    sessions = await Promise.all(['operator1', 'operator2', 'operator3'].map((u) => login(batching.url, u)));
  });
  afterAll(async () => {
    await batching?.close();
  });

  it('sends the holds of one moment as one message per consulate', async () => {
    const api = sessions[0]!.api;
    const listener = await SlotListener.connect(batching.url, sessions[0]!.token);
    listeners.push(listener);
    const today = todayIn('America/Chicago');
    await listener.subscribe('HOU', today, addDays(today, 14));
    await listener.subscribe('DEN', today, addDays(today, 14));
    const hou = await Promise.all([1, 2, 3, 4].map(() => findFreeSlot(api, { consulateId: 'HOU' })));
    const den = await Promise.all([1, 2].map(() => findFreeSlot(api, { consulateId: 'DEN' })));
    const applicants = await Promise.all([...hou, ...den].map(() => createApplicant(api)));
    await Promise.all(
      [...hou, ...den].map((slot, i) =>
        hold(sessions[i % 3]!.api, {
          slotId: slot.id,
          applicantId: applicants[i]!.id,
          procedureId: 'matricula',
        }),
      ),
    );
    await listener.waitForEvent((e) => e.consulateId === 'DEN');
    await listener.waitForEvent((e) => e.consulateId === 'HOU');
    await sleep(1_500);
    const byConsulate = (id: string) => listener.events.filter((e) => e.consulateId === id);
    expect(byConsulate('HOU')).toHaveLength(1);
    expect(byConsulate('DEN')).toHaveLength(1);
    const changesOf = (id: string) =>
      byConsulate(id)[0]!
        .changes.map((c) => `${c.slotId}:${c.available}`)
        .sort();
    expect(changesOf('HOU')).toEqual(hou.map((s) => `${s.id}:${s.available - 1}`).sort());
    expect(changesOf('DEN')).toEqual(den.map((s) => `${s.id}:${s.available - 1}`).sort());
  });
});

describe('practice stays out of the live floor', () => {
  let trainee: Session;
  let trainee2: Session;
  beforeAll(async () => {
    [trainee, trainee2] = await Promise.all([login(server.url, 'trainee1'), login(server.url, 'trainee2')]);
  });

  it("a trainee's hold and booking change only the trainee's own view and events", async () => {
    const operatorListener = await listen(operator, 'SAT');
    const otherTrainee = await listen(trainee2, 'SAT');
    const traineeListener = await listen(trainee, 'SAT');
    const slot = await findFreeSlot(trainee.api, { consulateId: 'SAT' });
    expect(await getSlot(operator.api, slot)).toEqual(slot);

    const practiceApplicants = await searchApplicants(trainee.api, 'maria', 10);
    expect(practiceApplicants.length).toBeGreaterThan(0);
    for (const a of practiceApplicants) expect(a.id).toMatch(/^prc_/);
    // An adult: the matrícula is for people of 18 or more, and who is 18 depends on the day.
    const [adult] = adultsOn(practiceApplicants, todayIn('America/Chicago'));
    const held = await hold(trainee.api, {
      slotId: slot.id,
      applicantId: adult!.id,
      procedureId: 'matricula',
    });
    await traineeListener.waitForAvailable(slot.id, slot.available - 1);
    expect(await availableOf(trainee.api, slot)).toBe(slot.available - 1);
    expect(await getSlot(operator.api, slot)).toEqual(slot);
    expect((await postConfirm(trainee.api, held.id)).status).toBe(201);

    await sleep(QUIET_MS);
    expect(operatorListener.events).toEqual([]);
    expect(otherTrainee.events).toEqual([]);
    expect(await getSlot(operator.api, slot)).toEqual(slot);
    expect(await availableOf(trainee2.api, slot)).toBe(slot.available);
    expect(traineeListener.changesOf(slot.id)).toEqual([slot.available - 1, slot.available - 1]);
  });

  it('a trainee can fill a practice slot without taking a live seat', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'SAT' });
    const live = await createApplicant(operator.api);
    // Adults, for an adult's passport.
    const practice = adultsOn(
      (await searchApplicants(trainee.api, 'hernandez', 20)).filter((a) => a.id.startsWith('prc_')),
      todayIn('America/Chicago'),
      slot.available,
    );
    // The trainee takes every seat of its copy of the slot...
    for (const a of practice.slice(0, slot.available))
      await hold(trainee.api, { slotId: slot.id, applicantId: a.id, procedureId: 'passport-renewal' });
    expect(await availableOf(trainee.api, slot)).toBe(0);
    // ...and the live floor still has them all.
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
    expect(
      (
        await postHold(operator.api, {
          slotId: slot.id,
          applicantId: live.id,
          procedureId: 'passport-renewal',
        })
      ).status,
    ).toBe(201);
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    expect(await availableOf(trainee.api, slot)).toBe(0);
  });

  it('a trainee cannot find or book live applicants', async () => {
    const live = await createApplicant(operator.api, { phone: '(915) 555-0111' });
    expect((await searchApplicants(operator.api, live.curp)).map((a) => a.id)).toEqual([live.id]);
    expect(await searchApplicants(trainee.api, live.curp)).toEqual([]);
    // Practice people have fictional 555-01XX numbers too (server/seed/fictional-contacts.ts): the
    // trainee may find one of them by this number, never the live applicant.
    for (const a of await searchApplicants(trainee.api, '915-555-0111')) expect(a.id).not.toMatch(/^app_/);
    for (const q of ['garcia', 'maria hernandez', `${live.givenNames} ${live.firstSurname}`]) {
      const found = await searchApplicants(trainee.api, q, 50);
      for (const a of found) expect(a.id, q).not.toMatch(/^app_/);
    }
    const seededLive = (await searchApplicants(operator.api, 'garcia', 5))[0]!;
    expect(seededLive.id).toMatch(/^app_/);
    expect(await searchApplicants(trainee.api, seededLive.curp as string)).toEqual([]);
    const slot: Slot = await findFreeSlot(trainee.api, { consulateId: 'SAT' });
    expectError(
      await postHold(trainee.api, { slotId: slot.id, applicantId: seededLive.id, procedureId: 'matricula' }),
      404,
      'not_found',
    );
    expectError(await trainee.api.get(`/api/appointments?applicantId=${seededLive.id}`), 404, 'not_found');
  });

  it("a trainee's registrations stay in its own sandbox", async () => {
    const registered = await createApplicant(trainee.api);
    expect((await searchApplicants(trainee.api, registered.curp)).map((a) => a.id)).toEqual([registered.id]);
    expect(await searchApplicants(operator.api, registered.curp)).toEqual([]);
    expect(await searchApplicants(trainee2.api, registered.curp)).toEqual([]);
  });

  it("registering a live applicant's CURP in practice neither reveals nor touches the live record", async () => {
    const live = await createApplicant(operator.api);
    const { id: _id, ...body } = live;
    const response = await trainee.api.post<typeof live>('/api/applicants', {
      ...body,
      phone: undefined,
      email: undefined,
    });
    expect(response.status).toBe(201);
    expect(response.body.id).not.toBe(live.id);
    expect(await searchApplicants(operator.api, live.curp)).toEqual([live]);
  });
});
