/**
 * A lead closes a consulate's day: it leaves booking at once for everyone, its seats vanish from
 * the consoles watching it, and its booked appointments stay booked and come back for rebooking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { DayClosure } from '../../shared/api/capacity';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  appointmentsOf,
  book,
  createApplicant,
  expectError,
  hold,
  listSlots,
  login,
  postConfirm,
  postHold,
  searchApplicants,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { adultsOn } from '../support/adults';
import { inspectDb } from '../support/db-inspector';
import { SlotListener } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let lead: Session;
let trainee: Session;
const listeners: SlotListener[] = [];

beforeAll(async () => {
  server = await startTestServer({
    SLOT_EVENT_BATCH_MS: '50',
    MAX_LIVE_HOLDS_PER_USER: '100',
    HOLDS_PER_MINUTE: '10000',
  });
  [operator, lead, trainee] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'lead1'),
    login(server.url, 'trainee1'),
  ]);
});

afterAll(async () => {
  for (const listener of listeners) listener.close();
  await server?.close();
});

const closePath = (consulateId: string, date: string) => `/api/consulates/${consulateId}/days/${date}/close`;
const closurePath = (consulateId: string, date: string) =>
  `/api/consulates/${consulateId}/days/${date}/closure`;

/** A day at least two days ahead with at least `slots` slots, and those slots. */
async function openDay(consulateId: string, slots = 3): Promise<{ date: string; slots: Slot[] }> {
  const today = todayIn(await timeZoneOf(operator.api, consulateId));
  const all = await listSlots(operator.api, consulateId, addDays(today, 2), addDays(today, 13));
  const date = all
    .map((s) => s.localStart.slice(0, 10))
    .find((d) => all.filter((s) => s.localStart.startsWith(d)).length >= slots);
  if (!date) throw new Error(`no day with ${slots} slots at ${consulateId}`);
  return { date, slots: all.filter((s) => s.localStart.startsWith(date)) };
}

async function listen(
  session: Session,
  consulateId: string,
  options: { practice?: boolean } = {},
): Promise<SlotListener> {
  const listener = await SlotListener.connect(server.url, session.token, options);
  listeners.push(listener);
  const today = todayIn(await timeZoneOf(operator.api, consulateId));
  await listener.subscribe(consulateId, today, addDays(today, 14));
  return listener;
}

describe('closing a day with appointments and a live hold', () => {
  let date: string;
  let daySlots: Slot[];
  let booked: Appointment[];
  let heldId: string;
  let closure: DayClosure;
  let console1: SlotListener;
  let practiceConsole: SlotListener;
  let operatorPracticeConsole: SlotListener;
  const applicants: { id: string; givenNames: string; firstSurname: string; phone: string | null }[] = [];

  beforeAll(async () => {
    ({ date, slots: daySlots } = await openDay('CHI'));
    for (let i = 0; i < 4; i++)
      applicants.push(
        await createApplicant(operator.api, { phone: `312555010${i}`, email: `rebook${i}@example.com` }),
      );
    booked = [
      await book(operator.api, {
        slotId: daySlots[0]!.id,
        applicantId: applicants[0]!.id,
        procedureId: 'matricula',
      }),
      await book(operator.api, {
        slotId: daySlots[1]!.id,
        applicantId: applicants[1]!.id,
        procedureId: 'matricula',
      }),
    ];
    heldId = (
      await hold(operator.api, {
        slotId: daySlots[2]!.id,
        applicantId: applicants[2]!.id,
        procedureId: 'matricula',
      })
    ).id;
    console1 = await listen(operator, 'CHI');
    practiceConsole = await listen(trainee, 'CHI');
    operatorPracticeConsole = await listen(operator, 'CHI', { practice: true });

    const response = await lead.api.post<DayClosure>(closePath('CHI', date), {
      reason: 'Falla eléctrica en el edificio',
    });
    expect(response.status).toBe(201);
    closure = response.body;
  });

  it('answers 201 with the booked appointments, the applicants to call, and the live hold counted', () => {
    expect(closure).toMatchObject({
      consulateId: 'CHI',
      date,
      reason: 'Falla eléctrica en el edificio',
      closedBy: lead.user.id,
      liveHolds: 1,
    });
    expect(Date.parse(closure.closedAt)).not.toBeNaN();
    expect(closure.appointments.map((a) => a.id).sort()).toEqual(booked.map((a) => a.id).sort());
    for (const [i, appointment] of booked.entries()) {
      const affected = closure.appointments.find((a) => a.id === appointment.id);
      // Still booked, and saying why the day will not happen.
      const saysClosed = {
        reason: 'Falla eléctrica en el edificio',
        closedAt: closure.closedAt,
        kind: 'closure',
      };
      expect(affected).toMatchObject({
        ...appointment,
        closure: saysClosed,
        status: 'booked',
        phone: applicants[i]!.phone,
        email: `rebook${i}@example.com`,
      });
      expect(affected?.applicantName).toContain(applicants[i]!.givenNames);
      expect(affected?.applicantName).toContain(applicants[i]!.firstSurname);
    }
  });

  it('shows every seat of the day vanishing on a console watching the consulate, live and in practice', async () => {
    for (const slot of daySlots) await console1.waitForAvailable(slot.id, 0);
    for (const slot of daySlots) await practiceConsole.waitForAvailable(slot.id, 0);
    // An operator's console in practice mode is told too.
    for (const slot of daySlots) await operatorPracticeConsole.waitForAvailable(slot.id, 0);
  });

  it('leaves the day out of the slot list, for operators and trainees', async () => {
    expect(await listSlots(operator.api, 'CHI', date, date)).toEqual([]);
    expect(await listSlots(trainee.api, 'CHI', date, date)).toEqual([]);
    const around = await listSlots(operator.api, 'CHI', addDays(date, -1), addDays(date, 1));
    expect(around.some((s) => s.localStart.startsWith(date))).toBe(false);
  });

  it('refuses a new hold on the day with 409 day_closed, in practice too', async () => {
    expectError(
      await postHold(operator.api, {
        slotId: daySlots[3]!.id,
        applicantId: applicants[3]!.id,
        procedureId: 'matricula',
      }),
      409,
      'day_closed',
    );
    // An adult (the matrícula is for 18 or more), so that only the closed day refuses the hold.
    const [practiceApplicant] = adultsOn(
      await searchApplicants(trainee.api, 'maria', 10),
      todayIn('America/Chicago'),
    );
    expectError(
      await postHold(trainee.api, {
        slotId: daySlots[3]!.id,
        applicantId: practiceApplicant!.id,
        procedureId: 'matricula',
      }),
      409,
      'day_closed',
    );
  });

  it('refuses to confirm the hold that was live when the day closed: 409 day_closed', async () => {
    expectError(await postConfirm(operator.api, heldId), 409, 'day_closed');
  });

  it("keeps the appointments booked, never cancelled behind anyone's back", async () => {
    for (const [i, appointment] of booked.entries()) {
      expect(
        (await appointmentsOf(operator.api, applicants[i]!.id)).find((a) => a.id === appointment.id),
      ).toMatchObject({ status: 'booked' });
    }
  });

  it('records the closure in the audit log, with who closed it and what it touched', async () => {
    const db = inspectDb(server.databaseUrl);
    try {
      expect(await db.auditOf('consulate_day', `CHI:${date}`)).toEqual([
        expect.objectContaining({
          action: 'capacity.day_closed',
          actorId: lead.user.id,
          actorRole: 'lead',
          details: expect.objectContaining({
            reason: 'Falla eléctrica en el edificio',
            liveHolds: 1,
            appointments: expect.arrayContaining(booked.map((a) => a.id)),
          }),
        }),
      ]);
    } finally {
      await db.close();
    }
  });

  it('refuses to close the day again: 409 day_closed', async () => {
    expectError(await lead.api.post(closePath('CHI', date), { reason: 'Otra vez' }), 409, 'day_closed');
  });

  it('reads the closure back with the appointments still to rebook', async () => {
    const response = await lead.api.get<DayClosure>(closurePath('CHI', date));
    expect(response.status).toBe(200);
    expect(response.body).toEqual(closure);
  });

  it('keeps a seat given back on the closed day off the consoles, and off the closure once rebooked', async () => {
    console1.clear();
    const cancelled = await operator.api.post<Appointment>(`/api/appointments/${booked[0]!.id}/cancel`, {});
    expect(cancelled.body.status).toBe('cancelled');
    await console1.waitForEvent((e) => e.changes.some((c) => c.slotId === daySlots[0]!.id));
    expect(console1.changesOf(daySlots[0]!.id)).toEqual([0]);
    const response = await lead.api.get<DayClosure>(closurePath('CHI', date));
    expect(response.body.appointments.map((a) => a.id)).toEqual([booked[1]!.id]);
  });

  it('answers 403 to an operator, for closing and for reading', async () => {
    expectError(
      await operator.api.post(closePath('CHI', date), { reason: 'Falla eléctrica' }),
      403,
      'forbidden',
    );
    expectError(await operator.api.get(closurePath('CHI', date)), 403, 'forbidden');
    expectError(await trainee.api.get(closurePath('CHI', date)), 403, 'forbidden');
  });
});

describe('what a closure refuses', () => {
  it('answers 404 for the closure of an open day and for an unknown consulate', async () => {
    const { date } = await openDay('DAL', 1);
    expectError(await lead.api.get(closurePath('DAL', date)), 404, 'not_found');
    expectError(await lead.api.post(closePath('ZZZ', date), { reason: 'No existe' }), 404, 'not_found');
  });

  it('answers 400 for a missing or too short reason, a malformed date and a day that has passed', async () => {
    const { date } = await openDay('DAL', 1);
    expectError(await lead.api.post(closePath('DAL', date), {}), 400, 'invalid_request');
    expectError(await lead.api.post(closePath('DAL', date), { reason: '  x ' }), 400, 'invalid_request');
    expectError(
      await lead.api.post(closePath('DAL', '2026-02-30'), { reason: 'Fecha imposible' }),
      400,
      'invalid_request',
    );
    const yesterday = addDays(todayIn(await timeZoneOf(lead.api, 'DAL')), -1);
    expectError(
      await lead.api.post(closePath('DAL', yesterday), { reason: 'Ya pasó' }),
      400,
      'invalid_request',
    );
    // Nothing was closed by the refusals.
    expect((await listSlots(operator.api, 'DAL', date, date)).length).toBeGreaterThan(0);
  });

  it('closes a day without appointments, which then lists none to rebook', async () => {
    const { date } = await openDay('DEN', 1);
    const response = await lead.api.post<DayClosure>(closePath('DEN', date), { reason: 'Inventario anual' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ liveHolds: 0, appointments: [] });
    expect(await listSlots(operator.api, 'DEN', date, date)).toEqual([]);
  });
});
