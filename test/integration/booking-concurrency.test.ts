/**
 * Many operators clicking at once: the inventory never sells a seat twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import type { Hold } from '../../shared/api/booking/holds';
import {
  appointmentsOf,
  availableOf,
  book,
  createApplicants,
  expectError,
  findFreeSlot,
  hold,
  login,
  newApplicantBody,
  newIdempotencyKey,
  postConfirm,
  postHold,
  searchApplicants,
  setCapacity,
  type ApiResponse,
  type Session,
} from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let db: DbInspector;
let operators: Session[];
let lead: Session;

beforeAll(async () => {
  server = await startTestServer({ MAX_LIVE_HOLDS_PER_USER: '500', HOLDS_PER_MINUTE: '100000' });
  db = inspectDb(server.databaseUrl);
  operators = await Promise.all(Array.from({ length: 8 }, (_, i) => login(server.url, `operator${i + 11}`)));
  lead = await login(server.url, 'lead1');
});

afterAll(async () => {
  await db?.close();
  await server?.close();
});

const operator = (i: number) => operators[i % operators.length] as Session;

/** Runs `requests` together while checking, as often as it can, that no slot is overbooked. */
async function raceWhileWatching<T>(requests: (() => Promise<T>)[]): Promise<T[]> {
  let done = false;
  const overbooked: unknown[] = [];
  const watcher = (async () => {
    while (!done) {
      overbooked.push(...(await db.overbookedSlots()));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    return await Promise.all(requests.map((request) => request()));
  } finally {
    done = true;
    await watcher;
    expect(overbooked, 'slots with more holds and bookings than seats').toEqual([]);
  }
}

const statuses = (responses: ApiResponse<unknown>[]) => responses.map((r) => r.status);
const codes = (responses: ApiResponse<unknown>[]) =>
  responses.filter((r) => r.status >= 400).map((r) => (r.body as { error: { code: string } }).error.code);

describe('racing for the last seats', () => {
  it('40 callers racing for the last 3 seats: exactly 3 holds, 37 slot_full', async () => {
    const slot = await findFreeSlot(lead.api, { consulateId: 'LAX', seats: 1 });
    await setCapacity(lead.api, slot.id, 5);
    const applicants = await createApplicants(operator(0).api, 42);
    // Two seats are gone already.
    await hold(operator(0).api, {
      slotId: slot.id,
      applicantId: applicants[40]!.id,
      procedureId: 'matricula',
    });
    await book(operator(1).api, {
      slotId: slot.id,
      applicantId: applicants[41]!.id,
      procedureId: 'matricula',
    });
    expect(await availableOf(lead.api, slot)).toBe(3);

    const responses = await raceWhileWatching(
      applicants
        .slice(0, 40)
        .map(
          (a, i) => () =>
            postHold(operator(i).api, { slotId: slot.id, applicantId: a.id, procedureId: 'matricula' }),
        ),
    );

    expect(statuses(responses).filter((s) => s === 201)).toHaveLength(3);
    expect(codes(responses)).toEqual(Array(37).fill('slot_full'));
    for (const r of responses.filter((r) => r.status === 409)) expectError(r, 409, 'slot_full');
    expect(await availableOf(lead.api, slot)).toBe(0);
    expect(await db.reservationCounts(slot.id)).toEqual({ held: 4, booked: 1 });
  });

  it('40 callers holding and confirming at once for 2 seats: exactly 2 appointments', async () => {
    const slot = await findFreeSlot(lead.api, { consulateId: 'LAX', seats: 1 });
    await setCapacity(lead.api, slot.id, 2);
    const applicants = await createApplicants(operator(0).api, 40);

    const outcomes = await raceWhileWatching(
      applicants.map((a, i) => async () => {
        const held = await postHold(operator(i).api, {
          slotId: slot.id,
          applicantId: a.id,
          procedureId: 'passport-renewal',
        });
        if (held.status !== 201) return held;
        return postConfirm(operator(i).api, (held.body as Hold).id);
      }),
    );

    expect(statuses(outcomes).filter((s) => s === 201)).toHaveLength(2);
    expect(codes(outcomes)).toEqual(Array(38).fill('slot_full'));
    expect(await availableOf(lead.api, slot)).toBe(0);
    expect(await db.reservationCounts(slot.id)).toEqual({ booked: 2 });
  });

  it('a lead cutting seats while operators hold never leaves a slot overbooked', async () => {
    const slot = await findFreeSlot(lead.api, { consulateId: 'LAX', seats: 1 });
    await setCapacity(lead.api, slot.id, 10);
    const applicants = await createApplicants(operator(0).api, 20);
    const cuts = [8, 6, 4, 2, 1];
    const responses = await raceWhileWatching<ApiResponse<unknown>>([
      ...applicants.map(
        (a, i) => () =>
          postHold(operator(i).api, { slotId: slot.id, applicantId: a.id, procedureId: 'visa' }),
      ),
      ...cuts.map((capacity) => () => lead.api.patch(`/api/slots/${slot.id}`, { capacity })),
    ]);
    const holds = responses.slice(0, applicants.length);
    const patches = responses.slice(applicants.length);
    for (const r of holds) expect([201, 409]).toContain(r.status);
    for (const r of patches) expect([200, 409]).toContain(r.status);
    for (const r of [...holds, ...patches].filter((r) => r.status === 409)) {
      expect(['slot_full', 'capacity_below_booked']).toContain(
        (r.body as { error: { code: string } }).error.code,
      );
    }
    const held = holds.filter((r) => r.status === 201).length;
    const seats = await db.reservationCounts(slot.id);
    expect(seats.held).toBe(held);
    expect(await db.overbookedSlots()).toEqual([]);
  });
});

describe('one seat per applicant and procedure', () => {
  it('two operators holding for the same caller at the same moment: exactly one wins', async () => {
    const applicants = await createApplicants(operator(0).api, 5);
    // Every slot has a seat for every applicant, so a lost race can only be the applicant's own
    // earlier hold (duplicate_appointment), never a slot that filled up in an earlier round.
    const slots = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const free = await findFreeSlot(lead.api, { consulateId: 'NYC' });
        return setCapacity(lead.api, free.id, free.capacity - free.available + applicants.length);
      }),
    );
    for (const applicant of applicants) {
      const responses = await raceWhileWatching(
        slots.map(
          (slot, i) => () =>
            postHold(operator(i).api, {
              slotId: slot.id,
              applicantId: applicant.id,
              procedureId: 'passport-first',
            }),
        ),
      );
      expect(statuses(responses).filter((s) => s === 201)).toHaveLength(1);
      expect(codes(responses)).toEqual(Array(7).fill('duplicate_appointment'));
    }
    // Five seats taken in all, one per applicant.
    const taken = await Promise.all(
      slots.map(async (slot) => slot.available - (await availableOf(lead.api, slot))),
    );
    expect(taken.reduce((a, b) => a + b, 0)).toBe(applicants.length);
  });

  it('the same caller booked twice at once through the same slot: one hold', async () => {
    const [applicant] = await createApplicants(operator(0).api, 1);
    const slot = await findFreeSlot(lead.api, { consulateId: 'NYC', seats: 3 });
    const responses = await raceWhileWatching(
      Array.from(
        { length: 10 },
        (_, i) => () =>
          postHold(operator(i).api, {
            slotId: slot.id,
            applicantId: applicant!.id,
            procedureId: 'matricula',
          }),
      ),
    );
    expect(statuses(responses).filter((s) => s === 201)).toHaveLength(1);
    expect(codes(responses)).toEqual(Array(9).fill('duplicate_appointment'));
    expect(await availableOf(lead.api, slot)).toBe(slot.available - 1);
  });
});

describe('registering the same person twice at once', () => {
  it('ten operators registering one CURP at the same moment: one applicant, nine duplicate_applicant', async () => {
    const body = newApplicantBody();
    const applicants = await db.count('applicants');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => operator(i).api.post('/api/applicants', body)),
    );
    expect(statuses(responses).filter((s) => s === 201)).toHaveLength(1);
    expect(codes(responses)).toEqual(Array(9).fill('duplicate_applicant'));
    expect(await db.count('applicants')).toBe(applicants + 1);
    expect(await searchApplicants(operator(0).api, body.curp)).toHaveLength(1);
  });
});

describe('rescheduling under contention', () => {
  it('two appointments racing into the last seat: one moves, the other keeps its seat', async () => {
    for (let round = 0; round < 4; round++) {
      const [s1, s2, target] = await Promise.all([
        findFreeSlot(lead.api, { consulateId: 'CHI' }),
        findFreeSlot(lead.api, { consulateId: 'CHI' }),
        findFreeSlot(lead.api, { consulateId: 'CHI' }),
      ]);
      await setCapacity(lead.api, target.id, 1);
      const [a, b] = await createApplicants(operator(0).api, 2);
      const appointmentA = await book(operator(0).api, {
        slotId: s1.id,
        applicantId: a!.id,
        procedureId: 'passport-renewal',
      });
      const appointmentB = await book(operator(1).api, {
        slotId: s2.id,
        applicantId: b!.id,
        procedureId: 'passport-renewal',
      });
      const before = await Promise.all([s1, s2, target].map((s) => availableOf(lead.api, s)));

      const [ra, rb] = await raceWhileWatching(
        [appointmentA, appointmentB].map(
          (appointment, i) => () =>
            operator(i).api.post<Appointment>(
              `/api/appointments/${appointment.id}/reschedule`,
              { slotId: target.id },
              { 'idempotency-key': newIdempotencyKey() },
            ),
        ),
      );
      expect([ra!.status, rb!.status].sort()).toEqual([201, 409]);
      const [winner, loser] =
        ra!.status === 201 ? [appointmentA, appointmentB] : [appointmentB, appointmentA];
      expectError(ra!.status === 201 ? rb! : ra!, 409, 'slot_full');

      const after = await Promise.all([s1, s2, target].map((s) => availableOf(lead.api, s)));
      expect(after[2]).toBe(0);
      expect(after.reduce((x, y) => x + y, 0)).toBe(before.reduce((x, y) => x + y, 0));
      const winnerSlot = winner.slotId === s1.id ? 0 : 1;
      expect(after[winnerSlot]).toBe((before[winnerSlot] as number) + 1);
      expect(after[1 - winnerSlot]).toBe(before[1 - winnerSlot]);

      const loserNow = await appointmentsOf(lead.api, loser.applicantId);
      expect(loserNow).toEqual([loser]);
      const winnerNow = await appointmentsOf(lead.api, winner.applicantId);
      expect(winnerNow.filter((x) => x.status === 'booked').map((x) => x.slotId)).toEqual([target.id]);
    }
  });

  it('a reschedule racing a replacing hold for the same appointment: the appointment ends up booked once', async () => {
    const [from, to1, to2] = await Promise.all([
      findFreeSlot(lead.api, { consulateId: 'CHI' }),
      findFreeSlot(lead.api, { consulateId: 'CHI' }),
      findFreeSlot(lead.api, { consulateId: 'CHI' }),
    ]);
    const [applicant] = await createApplicants(operator(0).api, 1);
    const appointment = await book(operator(0).api, {
      slotId: from.id,
      applicantId: applicant!.id,
      procedureId: 'matricula',
    });
    const [moved, replacing] = await raceWhileWatching<ApiResponse<unknown>>([
      () =>
        operator(0).api.post(
          `/api/appointments/${appointment.id}/reschedule`,
          { slotId: to1.id },
          { 'idempotency-key': newIdempotencyKey() },
        ),
      async () => {
        const held = await postHold(operator(1).api, {
          slotId: to2.id,
          applicantId: applicant!.id,
          procedureId: 'matricula',
          replacesAppointmentId: appointment.id,
        });
        return held.status === 201 ? postConfirm(operator(1).api, (held.body as Hold).id) : held;
      },
    ]);
    expect(moved!.status === 201 || replacing!.status === 201).toBe(true);
    const booked = (await appointmentsOf(lead.api, applicant!.id)).filter((a) => a.status === 'booked');
    expect(booked).toHaveLength(1);
    const total = await Promise.all(
      [from, to1, to2].map(async (s) => s.available - (await availableOf(lead.api, s))),
    );
    expect(total.reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('confirming one hold many times at once', () => {
  it('the same Idempotency-Key sent ten times at once books one appointment', async () => {
    const [applicant] = await createApplicants(operator(0).api, 1);
    const slot = await findFreeSlot(lead.api, { consulateId: 'ATL' });
    const held = await hold(operator(0).api, {
      slotId: slot.id,
      applicantId: applicant!.id,
      procedureId: 'matricula',
    });
    const key = newIdempotencyKey();
    const responses = await raceWhileWatching(
      Array.from({ length: 10 }, () => () => postConfirm(operator(0).api, held.id, key)),
    );
    for (const r of responses) expect([200, 201]).toContain(r.status);
    const ids = new Set(responses.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(responses.every((r) => JSON.stringify(r.body) === JSON.stringify(responses[0]!.body))).toBe(true);
    expect(await appointmentsOf(operator(0).api, applicant!.id)).toHaveLength(1);
    expect(await availableOf(lead.api, slot)).toBe(slot.available - 1);
    expect(await db.reservationCounts(slot.id)).toEqual({ booked: 1 });
  });

  it('different keys for one hold sent at once: one appointment, the rest hold_expired', async () => {
    const [applicant] = await createApplicants(operator(0).api, 1);
    const slot = await findFreeSlot(lead.api, { consulateId: 'ATL' });
    const held = await hold(operator(0).api, {
      slotId: slot.id,
      applicantId: applicant!.id,
      procedureId: 'matricula',
    });
    const responses = await raceWhileWatching(
      Array.from({ length: 10 }, () => () => postConfirm(operator(0).api, held.id)),
    );
    expect(statuses(responses).filter((s) => s === 201)).toHaveLength(1);
    expect(codes(responses)).toEqual(Array(9).fill('hold_expired'));
    expect(await appointmentsOf(operator(0).api, applicant!.id)).toHaveLength(1);
    expect(await availableOf(lead.api, slot)).toBe(slot.available - 1);
  });
});
