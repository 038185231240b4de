/**
 * The days a consulate is closed, as callers and operators meet them: the office calendar's
 * holidays (the host country's on their observed weekday, a Canadian province's own) are never
 * bookable; an appointment on a day that closes says so wherever it is read; a lead can open a
 * closed day again, and everything on it returns to normal. Every date comes from the server's
 * today and the server's calendar, never a fixed "today".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { DayClosure, DayReopening, PublishResult } from '../../shared/api/capacity';
import type { Slot } from '../../shared/api/slots';
import type { OfficeHoliday } from '../../server/modules/reference/calendar/office-holidays';
import {
  addDays,
  appointmentsOf,
  book,
  createApplicant,
  expectError,
  listSlots,
  login,
  postHold,
  timeZoneOf,
  todayIn,
  type ApiClient,
  type Session,
} from '../support/api-client';
import { inspectDb } from '../support/db-inspector';
import { holidaysAt, isWeekend } from '../support/office-calendar';
import { startRestartableServer, type RestartableServer } from '../support/restartable-server';
import { SlotListener } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { openTestKysely } from '../support/test-kysely';
import { publishSlots } from '../../server/modules/slots/publish-slots';
import { weeklyHoursFor } from '../../server/modules/reference/office-hours';
import { consulates } from '../../server/modules/reference/consulates';

const closePath = (consulateId: string, date: string) => `/api/consulates/${consulateId}/days/${date}/close`;
const reopenPath = (consulateId: string, date: string) =>
  `/api/consulates/${consulateId}/days/${date}/reopen`;
const closurePath = (consulateId: string, date: string) =>
  `/api/consulates/${consulateId}/days/${date}/closure`;

async function todayAt(api: ApiClient, consulateId: string) {
  return todayIn(await timeZoneOf(api, consulateId));
}

/** The consulate's next holiday (of this year or the next two) on a weekday at least two days ahead that `matches`. */
function nextHoliday(
  consulateId: string,
  today: string,
  matches: (day: OfficeHoliday) => boolean,
): OfficeHoliday {
  const year = Number(today.slice(0, 4));
  const day = holidaysAt(consulateId, [year, year + 1, year + 2]).find(
    (d) => d.date >= addDays(today, 2) && !isWeekend(d.date) && matches(d),
  );
  if (!day) throw new Error(`no such holiday at ${consulateId} after ${today}`);
  return day;
}

/** A lead's release of `date` and the day on each side (on purpose, however far ahead). */
async function publishAround(lead: ApiClient, consulateId: string, date: string): Promise<PublishResult> {
  const response = await lead.post<PublishResult>(`/api/consulates/${consulateId}/slots/publish`, {
    from: addDays(date, -1),
    to: addDays(date, 1),
    beyondHorizon: true,
  });
  if (response.status !== 201)
    throw new Error(`publish failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const getAppointment = (api: ApiClient, id: string) => api.get<Appointment>(`/api/appointments/${id}`);

describe('holidays of the office calendar', () => {
  let server: TestServer;
  let operator: Session;
  let lead: Session;

  beforeAll(async () => {
    server = await startTestServer({ HOLDS_PER_MINUTE: '10000' });
    [operator, lead] = await Promise.all([login(server.url, 'operator3'), login(server.url, 'lead1')]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("skips Martin Luther King Jr. Day when a lead publishes January at a US consulate, Arizona's too", async () => {
    for (const consulateId of ['LAX', 'PHX']) {
      const today = await todayAt(operator.api, consulateId);
      const mlk = nextHoliday(consulateId, today, (d) => d.name.en === 'Martin Luther King Jr. Day');
      expect(mlk.date.slice(5, 8)).toBe('01-');
      const release = await publishAround(lead.api, consulateId, mlk.date);
      expect(release.closedDates).toContain(mlk.date);
      expect(await listSlots(operator.api, consulateId, mlk.date, mlk.date)).toEqual([]);
      // The Tuesday after is an ordinary day, with its seats.
      const tuesday = await listSlots(operator.api, consulateId, addDays(mlk.date, 1), addDays(mlk.date, 1));
      expect(tuesday.length).toBeGreaterThan(0);
      expect(tuesday.every((s) => s.available > 0)).toBe(true);
    }
  });

  it("closes a Canadian consulate on its province's days and leaves it open on US-only holidays", async () => {
    const today = await todayAt(operator.api, 'YYZ');
    const familyDay = nextHoliday('YYZ', today, (d) => d.name.en === 'Family Day');
    expect((await publishAround(lead.api, 'YYZ', familyDay.date)).closedDates).toContain(familyDay.date);
    expect(await listSlots(operator.api, 'YYZ', familyDay.date, familyDay.date)).toEqual([]);

    // Juneteenth (on the weekday the US observes it) closes Los Angeles, not Toronto.
    const juneteenth = nextHoliday('LAX', today, (d) => d.name.en.startsWith('Juneteenth'));
    expect(holidaysAt('YYZ', [Number(juneteenth.date.slice(0, 4))]).map((d) => d.date)).not.toContain(
      juneteenth.date,
    );
    expect((await publishAround(lead.api, 'YYZ', juneteenth.date)).closedDates).not.toContain(
      juneteenth.date,
    );
    const open = await listSlots(operator.api, 'YYZ', juneteenth.date, juneteenth.date);
    expect(open.length).toBeGreaterThan(0);
    expect((await publishAround(lead.api, 'LAX', juneteenth.date)).closedDates).toContain(juneteenth.date);
    expect(await listSlots(operator.api, 'LAX', juneteenth.date, juneteenth.date)).toEqual([]);

    // Saint-Jean-Baptiste closes Montreal, not Toronto.
    const saintJean = nextHoliday('YUL', today, (d) => d.date.endsWith('-06-24'));
    expect((await publishAround(lead.api, 'YUL', saintJean.date)).closedDates).toContain(saintJean.date);
    expect(await listSlots(operator.api, 'YUL', saintJean.date, saintJean.date)).toEqual([]);
    expect((await publishAround(lead.api, 'YYZ', saintJean.date)).closedDates).not.toContain(saintJean.date);
    expect((await listSlots(operator.api, 'YYZ', saintJean.date, saintJean.date)).length).toBeGreaterThan(0);
  });

  it("reopens a holiday the consulate works: its slots are published and booked like any day's", async () => {
    const today = await todayAt(operator.api, 'YYZ');
    const victoria = nextHoliday('YYZ', today, (d) => d.name.en === 'Victoria Day');
    await publishAround(lead.api, 'YYZ', victoria.date);
    expect(await listSlots(operator.api, 'YYZ', victoria.date, victoria.date)).toEqual([]);

    const response = await lead.api.post<DayReopening>(reopenPath('YYZ', victoria.date), {
      reason: 'Jornada especial de pasaportes',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      consulateId: 'YYZ',
      date: victoria.date,
      kind: 'holiday',
      closedReason: 'Día de Victoria (Canadá)',
      reason: 'Jornada especial de pasaportes',
      reopenedBy: lead.user.id,
      appointments: [],
    });
    expect(response.body.published).toBeGreaterThan(0);
    const listed = await listSlots(operator.api, 'YYZ', victoria.date, victoria.date);
    expect(listed.map((s) => s.id)).toEqual(response.body.slots.map((s) => s.id));
    expect(listed.every((s) => s.available === s.capacity && s.capacity > 0)).toBe(true);
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: listed[0]!.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect(appointment.closure).toBeNull();
  });
});

describe('an appointment on a day a lead closes, and the day reopened', () => {
  let server: TestServer;
  let operator: Session;
  let lead: Session;
  let trainee: Session;
  let date: string;
  let daySlots: Slot[];
  let appointment: Appointment;
  let applicantId: string;
  let liveConsole: SlotListener;
  let practiceConsole: SlotListener;
  let closure: DayClosure;

  beforeAll(async () => {
    server = await startTestServer({ SLOT_EVENT_BATCH_MS: '50', HOLDS_PER_MINUTE: '10000' });
    [operator, lead, trainee] = await Promise.all([
      login(server.url, 'operator4'),
      login(server.url, 'lead1'),
      login(server.url, 'trainee4'),
    ]);
    const today = await todayAt(operator.api, 'SAC');
    const all = await listSlots(operator.api, 'SAC', addDays(today, 2), addDays(today, 13));
    date = all
      .map((s) => s.localStart.slice(0, 10))
      .find((d) => all.filter((s) => s.localStart.startsWith(d) && s.available >= 2).length >= 2)!;
    daySlots = all.filter((s) => s.localStart.startsWith(date));
    const applicant = await createApplicant(operator.api, { phone: '9165550123' });
    applicantId = applicant.id;
    appointment = await book(operator.api, {
      slotId: daySlots[0]!.id,
      applicantId,
      procedureId: 'matricula',
    });
    // A trainee practising on the same day: their sandbox counts its own seats.
    await book(trainee.api, {
      slotId: daySlots[1]!.id,
      applicantId: (await createApplicant(trainee.api)).id,
      procedureId: 'matricula',
    });
    liveConsole = await SlotListener.connect(server.url, operator.token);
    practiceConsole = await SlotListener.connect(server.url, trainee.token);
    for (const listener of [liveConsole, practiceConsole])
      await listener.subscribe('SAC', today, addDays(today, 14));
    const response = await lead.api.post<DayClosure>(closePath('SAC', date), {
      reason: 'Inundación en el edificio',
    });
    expect(response.status).toBe(201);
    closure = response.body;
  });
  afterAll(async () => {
    liveConsole?.close();
    practiceConsole?.close();
    await server?.close();
  });

  it("answers the closure on GET /api/appointments/:id and in the caller's list, still booked", async () => {
    const expected = {
      reason: 'Inundación en el edificio',
      closedAt: closure.closedAt,
      kind: 'closure',
      reasonText: { es: 'Inundación en el edificio', en: 'Inundación en el edificio' },
    };
    const one = await getAppointment(operator.api, appointment.id);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ ...appointment, closure: expected });
    expect((await appointmentsOf(operator.api, applicantId)).find((a) => a.id === appointment.id)).toEqual({
      ...appointment,
      closure: expected,
    });
    expect(closure.appointments.map((a) => a.closure)).toEqual([expected]);
  });

  it('answers 404 for an unknown appointment, and for a live one asked from a practice sandbox', async () => {
    expectError(await getAppointment(operator.api, 'apt_doesnotexist'), 404, 'not_found');
    expectError(await getAppointment(trainee.api, appointment.id), 404, 'not_found');
  });

  it("takes the day's seats off the consoles watching, live and practice", async () => {
    for (const slot of daySlots) {
      await liveConsole.waitForAvailable(slot.id, 0);
      await practiceConsole.waitForAvailable(slot.id, 0);
    }
  });

  it('lets only a lead reopen: 403 for an operator, and nothing reopened', async () => {
    expectError(
      await operator.api.post(reopenPath('SAC', date), { reason: 'Ya no hay agua' }),
      403,
      'forbidden',
    );
    expectError(
      await postHold(operator.api, {
        slotId: daySlots[1]!.id,
        applicantId: (await createApplicant(operator.api)).id,
        procedureId: 'matricula',
      }),
      409,
      'day_closed',
    );
  });

  it('refuses a reopening without a reason, of a day that has passed, or of a day that is open', async () => {
    expectError(await lead.api.post(reopenPath('SAC', date), {}), 400, 'invalid_request');
    expectError(await lead.api.post(reopenPath('SAC', date), { reason: ' x ' }), 400, 'invalid_request');
    const today = await todayAt(lead.api, 'SAC');
    expectError(
      await lead.api.post(reopenPath('SAC', addDays(today, -1)), { reason: 'Ya pasó' }),
      400,
      'invalid_request',
    );
    const openDay = (
      await listSlots(operator.api, 'SAC', addDays(date, 1), addDays(today, 13))
    )[0]!.localStart.slice(0, 10);
    expectError(
      await lead.api.post(reopenPath('SAC', openDay), { reason: 'No estaba cerrado' }),
      409,
      'day_not_closed',
    );
    expectError(await lead.api.post(reopenPath('ZZZ', date), { reason: 'No existe' }), 404, 'not_found');
  });

  describe('once a lead reopens it', () => {
    let reopening: DayReopening;
    beforeAll(async () => {
      liveConsole.clear();
      practiceConsole.clear();
      const response = await lead.api.post<DayReopening>(reopenPath('SAC', date), {
        reason: 'Se reparó la tubería',
      });
      expect(response.status).toBe(200);
      reopening = response.body;
    });

    it('answers the day with its seats back and its appointments back to normal', () => {
      expect(reopening).toMatchObject({
        consulateId: 'SAC',
        date,
        kind: 'closure',
        closedReason: 'Inundación en el edificio',
        reason: 'Se reparó la tubería',
        reopenedBy: lead.user.id,
        published: 0,
      });
      expect(reopening.slots.map((s) => s.id)).toEqual(daySlots.map((s) => s.id));
      expect(reopening.slots[0]!.available).toBe(daySlots[0]!.available - 1);
      expect(reopening.appointments.map((a) => [a.id, a.closure])).toEqual([[appointment.id, null]]);
    });

    it('the appointment stands again: closure null, in the API and the list', async () => {
      expect((await getAppointment(operator.api, appointment.id)).body).toEqual({
        ...appointment,
        closure: null,
      });
      expect(
        (await appointmentsOf(operator.api, applicantId)).find((a) => a.id === appointment.id)?.closure,
      ).toBeNull();
    });

    it('sends the seats back to every console watching, each with its own counts', async () => {
      await liveConsole.waitForAvailable(daySlots[0]!.id, daySlots[0]!.available - 1);
      await liveConsole.waitForAvailable(daySlots[1]!.id, daySlots[1]!.available);
      // The trainee's sandbox has its practice booking on the second slot and every seat of the first.
      await practiceConsole.waitForAvailable(daySlots[0]!.id, daySlots[0]!.capacity);
      await practiceConsole.waitForAvailable(daySlots[1]!.id, daySlots[1]!.capacity - 1);
    });

    it('lists and books the day again, and answers GET …/closure as for an open day', async () => {
      expect((await listSlots(operator.api, 'SAC', date, date)).map((s) => s.id)).toEqual(
        daySlots.map((s) => s.id),
      );
      const other = await createApplicant(operator.api);
      expect(
        (
          await book(operator.api, {
            slotId: daySlots[1]!.id,
            applicantId: other.id,
            procedureId: 'matricula',
          })
        ).closure,
      ).toBeNull();
      expectError(await lead.api.get(closurePath('SAC', date)), 404, 'not_found');
    });

    it('records who reopened it and why', async () => {
      const db = inspectDb(server.databaseUrl);
      try {
        const audit = await db.auditOf('consulate_day', `SAC:${date}`);
        expect(audit.map((e) => e.action)).toEqual(['capacity.day_closed', 'capacity.day_reopened']);
        expect(audit[1]).toMatchObject({
          actorId: lead.user.id,
          actorRole: 'lead',
          details: expect.objectContaining({
            reason: 'Se reparó la tubería',
            kind: 'closure',
            closedReason: 'Inundación en el edificio',
            appointments: [appointment.id],
          }),
        });
      } finally {
        await db.close();
      }
    });

    it('refuses to reopen it twice: 409 day_not_closed', async () => {
      expectError(
        await lead.api.post(reopenPath('SAC', date), { reason: 'Otra vez' }),
        409,
        'day_not_closed',
      );
    });

    it('can be closed again later, for a new reason, and the appointment says so again', async () => {
      liveConsole.clear();
      const response = await lead.api.post<DayClosure>(closePath('SAC', date), {
        reason: 'Corte de luz programado',
      });
      expect(response.status).toBe(201);
      expect((await getAppointment(operator.api, appointment.id)).body.closure).toMatchObject({
        reason: 'Corte de luz programado',
        kind: 'closure',
        closedAt: response.body.closedAt,
      });
      expect((await lead.api.get<DayClosure>(closurePath('SAC', date))).body.reason).toBe(
        'Corte de luz programado',
      );
      await liveConsole.waitForAvailable(daySlots[2]!.id, 0);
      expect(await listSlots(operator.api, 'SAC', date, date)).toEqual([]);
    });
  });
});

describe('a database from before the calendar knew a holiday, started again', () => {
  let server: RestartableServer;
  let lead: Session;
  let operator: Session;
  let mlk: string;
  let mlkSlots: Slot[];
  let booked: Appointment;
  let seqBefore: number;

  beforeAll(async () => {
    server = await startRestartableServer({ SLOT_EVENT_BATCH_MS: '50', HOLDS_PER_MINUTE: '10000' });
    [operator, lead] = await Promise.all([login(server.url, 'operator5'), login(server.url, 'lead2')]);
    const today = await todayAt(operator.api, 'DEN');
    mlk = nextHoliday('DEN', today, (d) => d.name.en === 'Martin Luther King Jr. Day').date;
    await publishAround(lead.api, 'DEN', mlk);
    // What the old calendar left: no Martin Luther King Jr. Day, and its slots published.
    const db = openTestKysely(server.databaseUrl, { readOnly: false });
    try {
      const den = consulates.find((c) => c.id === 'DEN')!;
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('closed_days')
          .where('consulate_id', '=', 'DEN')
          .where('local_date', '=', mlk)
          .execute();
        await publishSlots(
          trx,
          { id: 'DEN', timeZone: den.timeZone },
          { from: mlk, to: mlk },
          weeklyHoursFor(den),
          new Set(),
        );
      });
    } finally {
      await db.destroy();
    }
    mlkSlots = await listSlots(operator.api, 'DEN', mlk, mlk);
    expect(mlkSlots.length).toBeGreaterThan(1);
    booked = await book(operator.api, {
      slotId: mlkSlots[0]!.id,
      applicantId: (await createApplicant(operator.api)).id,
      procedureId: 'matricula',
    });
    expect(booked.closure).toBeNull();
    seqBefore = (await operator.api.get<{ seq: number }>(`/api/slots?consulateId=DEN&from=${mlk}&to=${mlk}`))
      .body.seq;

    await server.restart();
    [operator, lead] = await Promise.all([login(server.url, 'operator5'), login(server.url, 'lead2')]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('closes the holiday at start: its slots are no longer listed and a hold on one is refused with day_closed', async () => {
    expect(await listSlots(operator.api, 'DEN', mlk, mlk)).toEqual([]);
    const applicant = await createApplicant(operator.api);
    expectError(
      await postHold(operator.api, {
        slotId: mlkSlots[1]!.id,
        applicantId: applicant.id,
        procedureId: 'matricula',
      }),
      409,
      'day_closed',
    );
  });

  it('tells a console catching up (afterSeq) that the seats are gone', async () => {
    const listener = await SlotListener.connect(server.url, operator.token);
    try {
      const ack = await listener.emitSubscribe({
        consulateId: 'DEN',
        from: mlk,
        to: mlk,
        afterSeq: seqBefore,
      });
      expect('ok' in ack).toBe(true);
      for (const slot of mlkSlots) await listener.waitForAvailable(slot.id, 0);
    } finally {
      listener.close();
    }
  });

  it("marks the appointment booked on it: closure with the holiday's name, kind holiday", async () => {
    const response = await getAppointment(operator.api, booked.id);
    expect(response.body).toMatchObject({ status: 'booked' });
    expect(response.body.closure).toMatchObject({
      kind: 'holiday',
      reason: 'Natalicio de Martin Luther King Jr. (EE. UU.)',
      reasonText: { es: 'Natalicio de Martin Luther King Jr. (EE. UU.)', en: 'Martin Luther King Jr. Day' },
    });
  });

  it('audits what the start closed, once', async () => {
    const db = openTestKysely(server.databaseUrl, { readOnly: true });
    try {
      const entries = await db
        .selectFrom('audit_log')
        .select(['actor_id', 'details_json'])
        .where('action', '=', 'capacity.holidays_synced')
        .orderBy('id')
        .execute();
      const last = JSON.parse(entries.at(-1)!.details_json) as {
        dates: string[];
        consulates: number;
        closedDays: number;
        slots: number;
      };
      expect(last).toEqual(
        expect.objectContaining({ dates: [mlk], consulates: 1, closedDays: 1, slots: mlkSlots.length }),
      );
      expect(entries.at(-1)!.actor_id).toBeNull();
    } finally {
      await db.destroy();
    }
  });
});
