/**
 * The rules a consulate enforces, as an operator meets them through the API: the age the person
 * will have on the appointment's date, one active passport per person, past appointments that no
 * longer block, slots that have started or start too soon, the booking horizon, chained visits
 * (a birth registration after its document review at the same consulate), and people without a
 * CURP. Every date comes from the server's today at the consulate.
 *
 * Time passing (an appointment whose hour has come, a slot minutes away) is shown on a server whose
 * clock the test moves forward (`startClockedServer`): the same rules read that one clock as they
 * read real time in production, and nothing has to wait hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { PublishResult } from '../../shared/api/capacity';
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
  newIdempotencyKey,
  postConfirm,
  postHold,
  timeZoneOf,
  todayIn,
  type ApiClient,
  type Session,
} from '../support/api-client';
import {
  bornToTurnOn,
  firstDate,
  freeSlotsByDate,
  personTurningOn,
  personWithoutCurp,
} from '../support/booking-rules-fixtures';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb } from '../support/db-inspector';
import { startTestServer, type TestServer } from '../support/test-server';

const PHX = 'PHX';
const TUS = 'TUS';
const LIMITS = { MAX_LIVE_HOLDS_PER_USER: '100', HOLDS_PER_MINUTE: '10000' };

const cancel = (api: ApiClient, id: string, body?: unknown) =>
  api.post<Appointment>(`/api/appointments/${id}/cancel`, body);
const reschedule = (api: ApiClient, id: string, slotId: string) =>
  api.post<Appointment>(
    `/api/appointments/${id}/reschedule`,
    { slotId },
    { 'idempotency-key': newIdempotencyKey() },
  );
const release = (api: ApiClient, holdId: string) => api.del(`/api/holds/${holdId}`);

describe('booking rules on the live inventory', () => {
  let server: TestServer;
  let operator: Session;
  let lead: Session;
  let trainee: Session;
  /** PHX's free slots by date, from tomorrow through the seeded three weeks. */
  let phxDays: Map<string, Slot[]>;
  let today: string;

  beforeAll(async () => {
    server = await startTestServer({ SEED_DAYS: '21', ...LIMITS });
    [operator, lead, trainee] = await Promise.all([
      login(server.url, 'operator1'),
      login(server.url, 'lead1'),
      login(server.url, 'trainee1'),
    ]);
    today = todayIn(await timeZoneOf(operator.api, PHX));
    phxDays = await freeSlotsByDate(operator.api, PHX, addDays(today, 1), addDays(today, 20), 2);
  });

  afterAll(async () => {
    await server?.close();
  });

  /** Two dates with free seats, the second not 29 February: a person turning 18 on the second is 17 on the first. */
  function twoDates() {
    const first = firstDate(phxDays, 'the day before a birthday', () => true);
    const second = firstDate(phxDays, 'an 18th birthday', (d) => d > first.date && !d.endsWith('-02-29'));
    return { before: first, birthday: second };
  }

  describe('the age on the appointment date decides', () => {
    it('a 17-year-old who turns 18 after the slot gets the minor passport, not an adult one; on their birthday the reverse', async () => {
      const { before, birthday } = twoDates();
      const teen = await personTurningOn(operator.api, 18, birthday.date);
      const slotBefore = before.slots[0] as Slot;
      const slotOnBirthday = birthday.slots[0] as Slot;

      const refused = expectError(
        await postHold(operator.api, {
          slotId: slotBefore.id,
          applicantId: teen.id,
          procedureId: 'passport-first',
        }),
        409,
        'not_eligible',
      );
      expect(refused.error.message).toContain(
        `The person will be 17 on ${before.date}: book passport-minor instead`,
      );
      expect(refused.error.details).toMatchObject({
        reason: 'too_young',
        age: 17,
        onDate: before.date,
        suggestedProcedureId: 'passport-minor',
        suggestedProcedureName: { es: 'Pasaporte para menores de edad', en: 'Passport for a minor' },
        eligibleFrom: birthday.date,
      });
      const minor = await hold(operator.api, {
        slotId: slotBefore.id,
        applicantId: teen.id,
        procedureId: 'passport-minor',
      });
      await release(operator.api, minor.id);

      const tooOld = expectError(
        await postHold(operator.api, {
          slotId: slotOnBirthday.id,
          applicantId: teen.id,
          procedureId: 'passport-minor',
        }),
        409,
        'not_eligible',
      );
      expect(tooOld.error.details).toMatchObject({
        reason: 'too_old',
        age: 18,
        onDate: birthday.date,
        suggestedProcedureId: 'passport-first',
      });
      for (const procedureId of ['passport-renewal', 'matricula', 'ine-credential']) {
        const adult = await hold(operator.api, {
          slotId: slotOnBirthday.id,
          applicantId: teen.id,
          procedureId,
        });
        await release(operator.api, adult.id);
      }
      // Matrícula and the voter card are for 18 and over too, with nothing to book instead that day.
      const matricula = expectError(
        await postHold(operator.api, {
          slotId: slotBefore.id,
          applicantId: teen.id,
          procedureId: 'matricula',
        }),
        409,
        'not_eligible',
      );
      expect(matricula.error.details).toMatchObject({
        reason: 'too_young',
        suggestedProcedureId: null,
        eligibleFrom: birthday.date,
      });
    });

    it('a reschedule to a date before the 18th birthday is refused, and the appointment stays where it was', async () => {
      const { before, birthday } = twoDates();
      const teen = await personTurningOn(operator.api, 18, birthday.date);
      const appointment = await book(operator.api, {
        slotId: (birthday.slots[0] as Slot).id,
        applicantId: teen.id,
        procedureId: 'passport-renewal',
      });
      const refused = expectError(
        await reschedule(operator.api, appointment.id, (before.slots[0] as Slot).id),
        409,
        'not_eligible',
      );
      expect(refused.error.message).toContain(`will be 17 on ${before.date}`);
      expect((await appointmentsOf(operator.api, teen.id)).map((a) => [a.id, a.status, a.slotId])).toEqual([
        [appointment.id, 'booked', appointment.slotId],
      ]);
    });

    it('the same rule holds in a practice sandbox', async () => {
      const { before, birthday } = twoDates();
      const teen = await personTurningOn(trainee.api, 18, birthday.date);
      expectError(
        await postHold(trainee.api, {
          slotId: (before.slots[0] as Slot).id,
          applicantId: teen.id,
          procedureId: 'passport-first',
        }),
        409,
        'not_eligible',
      );
    });
  });

  describe('one active passport per person', () => {
    it('an adult passport, then a minor passport for an earlier date, is a duplicate that names the first appointment', async () => {
      const { before, birthday } = twoDates();
      const person = await personTurningOn(operator.api, 18, birthday.date);
      const adult = await book(operator.api, {
        slotId: (birthday.slots[0] as Slot).id,
        applicantId: person.id,
        procedureId: 'passport-first',
      });
      // On the earlier date the minor's passport is the right one for their age, but they already have a passport appointment.
      const duplicate = expectError(
        await postHold(operator.api, {
          slotId: (before.slots[0] as Slot).id,
          applicantId: person.id,
          procedureId: 'passport-minor',
        }),
        409,
        'duplicate_appointment',
      );
      expect(duplicate.error.message).toContain(adult.confirmationCode);
      expect(duplicate.error.message).toContain('passport');
      expect(duplicate.error.details).toMatchObject({
        status: 'booked',
        appointmentId: adult.id,
        confirmationCode: adult.confirmationCode,
        procedureId: 'passport-first',
        bookingGroup: 'passport',
      });
      expectError(
        await postHold(operator.api, {
          slotId: (birthday.slots[1] ?? (birthday.slots[0] as Slot)).id,
          applicantId: person.id,
          procedureId: 'passport-renewal',
        }),
        409,
        'duplicate_appointment',
      );
      // Another group is not blocked.
      const matricula = await hold(operator.api, {
        slotId: (birthday.slots[0] as Slot).id,
        applicantId: person.id,
        procedureId: 'matricula',
      });
      await release(operator.api, matricula.id);
      // Once the first passport appointment is cancelled, another passport procedure may be booked.
      await cancel(operator.api, adult.id);
      const renewal = await hold(operator.api, {
        slotId: (birthday.slots[0] as Slot).id,
        applicantId: person.id,
        procedureId: 'passport-renewal',
      });
      await release(operator.api, renewal.id);
    });
  });

  describe('the booking horizon', () => {
    it('publishing past today + 92 days is refused with the horizon in the message, and allowed on purpose (audited)', async () => {
      const publish = (body: unknown) =>
        lead.api.post<PublishResult>(`/api/consulates/${PHX}/slots/publish`, body);
      const horizonEnd = addDays(today, 92);
      const refused = expectError(
        await publish({ from: addDays(today, 88), to: addDays(today, 96) }),
        400,
        'invalid_request',
      );
      expect(refused.error.message).toContain('92 days');
      expect(refused.error.message).toContain(horizonEnd);
      expect((await listSlots(operator.api, PHX, addDays(horizonEnd, 1), addDays(today, 96))).length).toBe(0);

      const within = await publish({ from: addDays(today, 86), to: horizonEnd });
      expect(within.status).toBe(201);

      const onPurpose = await publish({
        from: addDays(horizonEnd, 1),
        to: addDays(today, 100),
        beyondHorizon: true,
      });
      expect(onPurpose.status).toBe(201);
      expect(onPurpose.body.published).toBeGreaterThan(0);
      expect((await listSlots(operator.api, PHX, addDays(horizonEnd, 1), addDays(today, 100))).length).toBe(
        onPurpose.body.published,
      );

      const db = inspectDb(server.databaseUrl);
      try {
        const releases = (await db.auditOf('consulate', PHX)).filter(
          (e) => e.action === 'capacity.slots_published',
        );
        expect(releases.map((e) => [e.details.from, e.details.beyondHorizon ?? false])).toEqual([
          [addDays(today, 86), false],
          [addDays(horizonEnd, 1), true],
        ]);
        expect(releases[1]?.actorId).toBe(lead.user.id);
      } finally {
        await db.close();
      }
      expectError(
        await operator.api.post(`/api/consulates/${PHX}/slots/publish`, {
          from: addDays(horizonEnd, 1),
          to: addDays(today, 100),
          beyondHorizon: true,
        }),
        403,
        'forbidden',
      );
    });
  });

  describe('chained visits: birth registration after its document review', () => {
    it('needs the review at the same consulate, at least 7 days earlier; cancelling or moving the review says what happens to the registration', async () => {
      const parent = await createApplicant(operator.api);
      const review = firstDate(phxDays, 'the review', () => true);
      const earliest = addDays(review.date, 7);
      const registrationDay = firstDate(phxDays, 'the registration', (d) => d >= earliest);
      const tucsonDays = await freeSlotsByDate(operator.api, TUS, earliest, addDays(today, 20));
      const tucson = firstDate(tucsonDays, 'a registration in Tucson', () => true);

      const missing = expectError(
        await postHold(operator.api, {
          slotId: (registrationDay.slots[0] as Slot).id,
          applicantId: parent.id,
          procedureId: 'birth-registration',
        }),
        409,
        'prerequisite_missing',
      );
      expect(missing.error.message).toContain('Book that visit first');

      const reviewAppointment = await book(operator.api, {
        slotId: (review.slots[0] as Slot).id,
        applicantId: parent.id,
        procedureId: 'birth-registration-review',
      });
      const tooSoon = firstDate(
        phxDays,
        'a registration too soon after the review',
        (d) => d > review.date && d < earliest,
      );
      const refused = expectError(
        await postHold(operator.api, {
          slotId: (tooSoon.slots[0] as Slot).id,
          applicantId: parent.id,
          procedureId: 'birth-registration',
        }),
        409,
        'prerequisite_missing',
      );
      expect(refused.error.message).toContain(`is on ${review.date} at PHX`);
      expect(refused.error.message).toContain(`from ${earliest} on`);
      expect(refused.error.details).toMatchObject({
        firstAllowedDate: earliest,
        gapDays: 7,
        prerequisite: { appointmentId: reviewAppointment.id },
      });
      const elsewhere = expectError(
        await postHold(operator.api, {
          slotId: (tucson.slots[0] as Slot).id,
          applicantId: parent.id,
          procedureId: 'birth-registration',
        }),
        409,
        'prerequisite_missing',
      );
      expect(elsewhere.error.message).toContain('same consulate');

      const registration = await book(operator.api, {
        slotId: (registrationDay.slots[0] as Slot).id,
        applicantId: parent.id,
        procedureId: 'birth-registration',
      });

      // Cancelling the review alone would strand the registration: the operator is told which one.
      const dependent = expectError(
        await cancel(operator.api, reviewAppointment.id),
        409,
        'dependent_appointment',
      );
      expect(dependent.error.message).toContain(registration.confirmationCode);
      expect(dependent.error.message).toContain(registrationDay.date);
      expect(dependent.error.details).toMatchObject({
        dependents: [
          {
            appointmentId: registration.id,
            confirmationCode: registration.confirmationCode,
            date: registrationDay.date,
          },
        ],
      });

      // Moving the review closer than 7 days before the registration breaks the chain: refused, nothing moves.
      const lateReview = firstDate(
        phxDays,
        'a review too close to the registration',
        (d) => d > addDays(registrationDay.date, -7) && d !== review.date,
      );
      const moved = expectError(
        await reschedule(operator.api, reviewAppointment.id, (lateReview.slots[0] as Slot).id),
        409,
        'prerequisite_missing',
      );
      expect(moved.error.message).toContain(registration.confirmationCode);
      // Moving the registration before the gap is refused the same way.
      expectError(
        await reschedule(operator.api, registration.id, (tooSoon.slots[0] as Slot).id),
        409,
        'prerequisite_missing',
      );
      expect(
        (await appointmentsOf(operator.api, parent.id)).map((a) => [a.id, a.status, a.slotId]).sort(),
      ).toEqual(
        [
          [reviewAppointment.id, 'booked', reviewAppointment.slotId],
          [registration.id, 'booked', registration.slotId],
        ].sort(),
      );

      // Both at once, when the operator says so: one request, both seats free again.
      const seatsBefore = await Promise.all(
        [reviewAppointment, registration].map((a) => seatsOf(operator.api, a)),
      );
      const both = await cancel(operator.api, reviewAppointment.id, {
        cancelDependents: true,
        reason: 'the family moved',
      });
      expect(both.status).toBe(200);
      expect(both.body).toMatchObject({ id: reviewAppointment.id, status: 'cancelled' });
      expect((await appointmentsOf(operator.api, parent.id)).map((a) => a.status)).toEqual([
        'cancelled',
        'cancelled',
      ]);
      expect(
        await Promise.all([reviewAppointment, registration].map((a) => seatsOf(operator.api, a))),
      ).toEqual(seatsBefore.map((n) => n + 1));
      const db = inspectDb(server.databaseUrl);
      try {
        expect(
          (await db.auditOf('appointment', registration.id)).map((e) => [e.action, e.details.cancelledWith]),
        ).toContainEqual(['appointment.cancelled', reviewAppointment.id]);
      } finally {
        await db.close();
      }
    });
  });

  describe('people without a CURP', () => {
    it('a foreign national books a visa but not a passport', async () => {
      const visitor = await personWithoutCurp(operator.api, 'foreign_national', '1988-04-12');
      const slot = firstDate(phxDays, 'a visa', () => true).slots[0] as Slot;
      const refused = expectError(
        await postHold(operator.api, {
          slotId: slot.id,
          applicantId: visitor.id,
          procedureId: 'passport-first',
        }),
        409,
        'not_eligible',
      );
      expect(refused.error.details).toMatchObject({
        reason: 'needs_curp',
        noCurpReason: 'foreign_national',
        suggestedProcedureId: 'visa',
      });
      expect(refused.error.message).toContain('needs a CURP');
      const visa = await book(operator.api, {
        slotId: slot.id,
        applicantId: visitor.id,
        procedureId: 'visa',
      });
      expect(visa).toMatchObject({ status: 'booked', procedureId: 'visa' });
    });

    it('a parent books document reviews for two children whose registration is pending, and nothing that needs a CURP', async () => {
      const born = bornToTurnOn(2, today);
      const [first, second] = [
        await personWithoutCurp(operator.api, 'not_yet_registered', born, 'Lucía'),
        await personWithoutCurp(operator.api, 'not_yet_registered', addDays(born, -400), 'Mateo'),
      ];
      const day = firstDate(phxDays, 'two reviews', () => true);
      const reviews: Appointment[] = [];
      for (const child of [first, second])
        reviews.push(
          await book(operator.api, {
            slotId: (day.slots[0] as Slot).id,
            applicantId: child.id,
            procedureId: 'birth-registration-review',
          }),
        );
      expect(reviews.map((r) => [r.applicantId, r.status])).toEqual([
        [first?.id, 'booked'],
        [second?.id, 'booked'],
      ]);
      expectError(
        await postHold(operator.api, {
          slotId: (day.slots[1] ?? (day.slots[0] as Slot)).id,
          applicantId: (first as { id: string }).id,
          procedureId: 'passport-minor',
        }),
        409,
        'not_eligible',
      );
    });
  });
});

describe('time passing: started slots, lead time, past appointments', () => {
  let server: ClockedServer;
  let operator: Session;
  let operator2: Session;

  beforeAll(async () => {
    // Hour-long holds: extended once, a hold taken as booking closes is still live when its slot starts.
    server = await startClockedServer({ ...LIMITS, HOLD_TTL_SECONDS: '3600' });
    [operator, operator2] = await Promise.all([
      login(server.url, 'operator1'),
      login(server.url, 'operator2'),
    ]);
  });

  afterAll(async () => {
    await server?.close();
  });

  it("a slot inside the consulate's lead time shows no seat and answers slot_too_soon; once started, slot_in_past; a past matrícula does not block the next", async () => {
    const zone = await timeZoneOf(operator.api, PHX);
    const today = todayIn(zone, server.now());
    const days = await freeSlotsByDate(operator.api, PHX, addDays(today, 1), addDays(today, 13), 2);
    // A day with a later slot too, at least two hours after the first.
    const { slots } = firstDate(days, 'two slots two hours apart', (d) =>
      (days.get(d) ?? []).some(
        (s) => Date.parse(s.start) - Date.parse((days.get(d)?.[0] as Slot).start) >= 2 * 3_600_000,
      ),
    );
    const first = slots[0] as Slot;
    const later = slots.find((s) => Date.parse(s.start) - Date.parse(first.start) >= 2 * 3_600_000) as Slot;
    const [ana, beto, carla] = [
      await createApplicant(operator.api),
      await createApplicant(operator.api),
      await createApplicant(operator.api),
    ];

    // Now, well ahead: Ana books a matrícula on the first slot.
    const matricula = await book(operator.api, {
      slotId: first.id,
      applicantId: ana.id,
      procedureId: 'matricula',
    });
    // 61 minutes before it starts, just before PHX stops taking bookings: another operator holds a seat for Beto.
    server.moveTo(Date.parse(first.start) - 61 * 60_000);
    // Days later: everyone signs in again.
    [operator, operator2] = await Promise.all([
      login(server.url, 'operator1'),
      login(server.url, 'operator2'),
    ]);
    const betoHold = await hold(operator2.api, {
      slotId: first.id,
      applicantId: beto.id,
      procedureId: 'passport-first',
    });

    // 30 minutes before it starts: inside PHX's 60 minutes of lead time. Beto's caller asks for more time.
    server.moveTo(Date.parse(first.start) - 30 * 60_000);
    expect((await operator2.api.post(`/api/holds/${betoHold.id}/extend`)).status).toBe(200);
    const onTheDay = await listSlots(
      operator.api,
      PHX,
      first.localStart.slice(0, 10),
      first.localStart.slice(0, 10),
    );
    expect(onTheDay.find((s) => s.id === first.id)?.available).toBe(0);
    expect(onTheDay.find((s) => s.id === later.id)?.available).toBeGreaterThan(0);
    const tooSoon = expectError(
      await postHold(operator.api, { slotId: first.id, applicantId: carla.id, procedureId: 'matricula' }),
      409,
      'slot_too_soon',
    );
    expect(tooSoon.error.details).toMatchObject({ minLeadMinutes: 60 });

    // One minute after it started.
    server.moveTo(Date.parse(first.start) + 60_000);
    expect(
      (await listSlots(operator.api, PHX, first.localStart.slice(0, 10), first.localStart.slice(0, 10))).find(
        (s) => s.id === first.id,
      )?.available,
    ).toBe(0);
    expectError(
      await postHold(operator.api, { slotId: first.id, applicantId: carla.id, procedureId: 'matricula' }),
      409,
      'slot_in_past',
    );
    const started = expectError(await postConfirm(operator2.api, betoHold.id), 409, 'slot_in_past');
    expect(started.error.message).toContain('started while the seat was held');

    // Ana's matrícula has had its time: it cannot be cancelled or moved, and it does not block the next one.
    const notActive = expectError(await cancel(operator.api, matricula.id), 409, 'appointment_not_active');
    expect(notActive.error.message).toContain('has passed');
    expectError(await reschedule(operator.api, matricula.id, later.id), 409, 'appointment_not_active');
    const next = await book(operator.api, {
      slotId: later.id,
      applicantId: ana.id,
      procedureId: 'matricula',
    });
    expect((await appointmentsOf(operator.api, ana.id)).map((a) => [a.id, a.status])).toEqual([
      [matricula.id, 'booked'],
      [next.id, 'booked'],
    ]);
    // Nobody rewrote history: the past one lapsed (audited), it was not cancelled.
    const db = inspectDb(server.databaseUrl);
    try {
      const audit = await db.auditOf('appointment', matricula.id);
      expect(audit.map((e) => e.action)).toEqual(['appointment.booked', 'appointment.lapsed']);
      expect(audit[1]).toMatchObject({
        actorId: 'system',
        details: { procedureId: 'matricula', lapsedForUser: operator.user.id },
      });
    } finally {
      await db.close();
    }
  });
});

async function seatsOf(
  api: ApiClient,
  appointment: Pick<Appointment, 'slotId' | 'consulateId' | 'localStart'>,
): Promise<number> {
  const day = appointment.localStart.slice(0, 10);
  const slot = (await listSlots(api, appointment.consulateId, day, day)).find(
    (s) => s.id === appointment.slotId,
  );
  if (!slot) throw new Error(`slot ${appointment.slotId} is not listed`);
  return slot.available;
}
