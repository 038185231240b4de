/**
 * Abandoned calls: a hold that is neither confirmed nor extended lapses and its seat returns,
 * to the API and to everyone watching live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hold } from '../../shared/api/booking/holds';
import {
  addDays,
  appointmentsOf,
  availableOf,
  book,
  createApplicant,
  expectError,
  findFreeSlot,
  hold,
  login,
  postConfirm,
  postHold,
  searchApplicants,
  todayIn,
  type Session,
} from '../support/api-client';
import { SlotListener, sleep, waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const TTL_MS = 2_000;

let server: TestServer;
let operator: Session;
let watcher: Session;
let listener: SlotListener;

beforeAll(async () => {
  server = await startTestServer({ HOLD_TTL_SECONDS: String(TTL_MS / 1000), SWEEP_INTERVAL_MS: '100' });
  [operator, watcher] = await Promise.all([login(server.url, 'operator1'), login(server.url, 'operator2')]);
  listener = await SlotListener.connect(server.url, watcher.token);
  const today = todayIn('America/Phoenix');
  await listener.subscribe('PHX', today, addDays(today, 13));
});

afterAll(async () => {
  listener?.close();
  await server?.close();
});

describe('a hold nobody confirms', () => {
  it('expires, gives its seat back, and tells subscribers', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const requestedAt = Date.now();
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const heldAt = Date.now();
    await listener.waitForAvailable(slot.id, slot.available - 1);
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);

    const back = await listener.waitForEvent(
      (e) => e.changes.some((c) => c.slotId === slot.id && c.available === slot.available),
      TTL_MS + 5_000,
      'the seat to come back',
    );
    expect(back.consulateId).toBe('PHX');
    // The hold lasts the TTL from when the server took it (between the request and its answer,
    // however slow the commit), and its seat comes back only once that time is up.
    expect(Date.parse(held.expiresAt) - requestedAt).toBeGreaterThanOrEqual(TTL_MS);
    expect(Date.parse(held.expiresAt) - heldAt).toBeLessThanOrEqual(TTL_MS + 100);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(held.expiresAt));
    expect(listener.changesOf(slot.id)).toEqual([slot.available - 1, slot.available]);
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
  });

  it('cannot be confirmed once it has expired (409 hold_expired)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    await sleep(Date.parse(held.expiresAt) - Date.now() + 50);
    expectError(await postConfirm(operator.api, held.id), 409, 'hold_expired');
    expectError(await operator.api.post(`/api/holds/${held.id}/extend`), 409, 'hold_expired');
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([]);
    await waitFor(
      async () => (await availableOf(operator.api, slot)) === slot.available,
      5_000,
      'the seat to be free',
    );
    // The caller may be offered the seat again.
    expect(
      (await postHold(operator.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' }))
        .status,
    ).toBe(201);
  });

  it('leaves the original appointment in place when the new seat of a reschedule lapses', async () => {
    const [from, to] = [
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
    ];
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: from.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    const replacing = await hold(operator.api, {
      slotId: to.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
      replacesAppointmentId: appointment.id,
    });
    await listener.waitForAvailable(to.id, to.available, TTL_MS + 5_000);
    expectError(await postConfirm(operator.api, replacing.id), 409, 'hold_expired');
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([appointment]);
    expect(await availableOf(operator.api, from)).toBe(from.available - 1);
    expect(await availableOf(operator.api, to)).toBe(to.available);
  });
});

describe('a practice hold nobody confirms', () => {
  it("lapses on the trainee's screen only", async () => {
    const trainee = await login(server.url, 'trainee4');
    const traineeListener = await SlotListener.connect(server.url, trainee.token);
    try {
      const today = todayIn('America/Phoenix');
      await traineeListener.subscribe('PHX', today, addDays(today, 13));
      const slot = await findFreeSlot(trainee.api, { consulateId: 'PHX' });
      const [practiceApplicant] = await searchApplicants(trainee.api, 'lopez', 1);
      await hold(trainee.api, { slotId: slot.id, applicantId: practiceApplicant!.id, procedureId: 'visa' });
      await traineeListener.waitForAvailable(slot.id, slot.available, TTL_MS + 5_000);
      expect(traineeListener.changesOf(slot.id)).toEqual([slot.available - 1, slot.available]);
      expect(await availableOf(trainee.api, slot)).toBe(slot.available);
      await sleep(300);
      expect(listener.changesOf(slot.id)).toEqual([]);
    } finally {
      traineeListener.close();
    }
  });
});

describe('extending a hold', () => {
  it('keeps the seat past its first expiry, and it can then be confirmed', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    await sleep(Date.parse(held.expiresAt) - Date.now() - TTL_MS * 0.4);
    const extended = await operator.api.post<Hold>(`/api/holds/${held.id}/extend`);
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ id: held.id, slotId: slot.id, applicantId: applicant.id });
    expect(Date.parse(extended.body.expiresAt)).toBeGreaterThan(Date.parse(held.expiresAt) + TTL_MS / 2);

    // Past the first expiry, and several sweeps later, the seat is still held and can be booked.
    await sleep(Date.parse(held.expiresAt) - Date.now() + 250);
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    const confirmed = await postConfirm(operator.api, held.id);
    expect(confirmed.status).toBe(201);
    await sleep(TTL_MS);
    // The hold, then the booking: never the seat coming back.
    expect(listener.changesOf(slot.id)).toEqual([slot.available - 1, slot.available - 1]);
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    expect((await appointmentsOf(operator.api, applicant.id)).map((a) => a.status)).toEqual(['booked']);
  });

  it('only the operator who holds the seat can extend it', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expectError(await watcher.api.post(`/api/holds/${held.id}/extend`), 403, 'forbidden');
    expectError(
      await watcher.api.post('/api/appointments', { holdId: held.id }, { 'idempotency-key': 'k-12345678' }),
      403,
      'forbidden',
    );
  });
});
