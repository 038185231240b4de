import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/api/errors';
import { CONFIRMATION_ALPHABET } from '../../../shared/domain/booking/confirmation-code';
import { createRateLimiter, type RateLimiter } from '../../platform/rate-limits/rate-limiter';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { publishSlots } from '../slots/publish-slots';
import { insertApplicants, type NewApplicant } from '../applicants/applicant-repository';
import { listAppointmentsOf } from './reservation-repository';
import type { SeatCounts } from '../slots/seat-ledger';
import { seedReferenceData } from '../../seed/reference-seed';
import { sandboxFor, type Actor } from '../../kernel/actor';
import { createBookingEngine, type BookingEngine } from './booking-engine';
import { createSlotService } from '../slots';
import { DomainError } from '../../kernel/domain-error';
import type { BookingDeps, BookingLimits } from './booking-deps';
import type { AppointmentNotice } from './appointment-notices';
import { presentAppointment } from './presenters';

// Phoenix keeps UTC-7 all year: 08:00 local is 15:00Z. Two seats per 15-minute slot, four slots a
// day on Tuesday 10 and Wednesday 11 March 2026; the clock starts the Monday before at noon UTC.
const START = new Date('2026-03-09T12:00:00.000Z');
const S1 = 'PHX-202603101500';
const S2 = 'PHX-202603101515';
const S3 = 'PHX-202603101530';
const S4 = 'PHX-202603101545';
const WED = 'PHX-202603111500';
/** A week after Tuesday: far enough after a review on Tuesday for its birth registration (PHX's gap: 7 days). */
const NEXT_WED = 'PHX-202603181500';

const ANA = 'app_ana';
const BETO = 'app_beto';
const CARLA = 'app_carla';
/** In the practice pool: only trainees can find and book her. */
const DIEGO = 'prc_diego';

const operator1: Actor = { userId: 'usr_operator1', role: 'operator', sandbox: 'live', callId: 'call-op1' };
const operator2: Actor = { userId: 'usr_operator2', role: 'operator', sandbox: 'live', callId: 'call-op2' };
const lead: Actor = { userId: 'usr_lead1', role: 'lead', sandbox: 'live', callId: 'call-lead' };
const trainee: Actor = {
  userId: 'usr_x',
  role: 'trainee',
  sandbox: sandboxFor({ id: 'usr_x', role: 'trainee' }),
  callId: 'call-practice',
};
const trainee2: Actor = {
  userId: 'usr_y',
  role: 'trainee',
  sandbox: sandboxFor({ id: 'usr_y', role: 'trainee' }),
  callId: null,
};

const DEFAULT_LIMITS: BookingLimits = { holdTtlSeconds: 300, maxHoldLifetimeTtls: 3, maxLiveHoldsPerUser: 3 };

let t: TestDatabase;
let now: Date;
const clock = () => now;
let published: { sandbox: string; changes: SeatCounts[] }[];
/** Per recorded change, whether each seat move gave a seat back (what the waitlist is served by). */
let freedFlags: (boolean | undefined)[][];
/** The outbox as the commands see it: the counts they record, and apart, whether each move freed a seat. */
const recordingLog = {
  record: async (_trx: unknown, sandbox: string, changes: readonly SeatCounts[]) => {
    published.push({ sandbox, changes: changes.map(({ freed: _freed, ...counts }) => counts) });
    freedFlags.push(changes.map((c) => c.freed));
  },
};
/** What each command tells the applicant through the notices port (the messages: test/integration/messages-after-the-call.test.ts). */
let noticed: AppointmentNotice[];
let engine: BookingEngine;

function engineWith(
  overrides: {
    limits?: Partial<BookingLimits>;
    holdRateLimiter?: RateLimiter;
    randomInt?: (n: number) => number;
  } = {},
): BookingEngine {
  const deps: BookingDeps = {
    db: t.db,
    transact: t.transact,
    clock,
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
    holdRateLimiter: overrides.holdRateLimiter ?? createRateLimiter({ limit: 100, windowMs: 60_000, clock }),
    // What each command hands to the outbox (the outbox itself: test/integration/slot-outbox.test.ts).
    slotChanges: recordingLog,
    randomInt: overrides.randomInt ?? ((n) => randomInt(n)),
    notices: { record: async (_trx, notice) => void noticed.push(notice) },
  };
  return createBookingEngine(deps);
}

/** A lead changing a slot's seats between bookings (the slots module's command, on the same outbox). */
const setSlotCapacity = (actor: Actor, slotId: string, capacity: number) =>
  createSlotService({
    db: t.db,
    transact: t.transact,
    clock,
    slotChanges: recordingLog,
  }).setSlotCapacity(actor, slotId, capacity);

function applicant(
  id: string,
  sandbox: string,
  curp: string,
  givenNames: string,
  firstSurname: string,
): NewApplicant {
  return {
    id,
    sandbox,
    curp,
    givenNames,
    firstSurname,
    secondSurname: null,
    birthDate: '1985-05-05',
    phone: null,
    email: null,
    createdAt: START.toISOString(),
    createdBy: null,
  };
}

describeEachDialect('booking engine', (dialect) => {
  beforeEach(async () => {
    now = START;
    published = [];
    freedFlags = [];
    noticed = [];
    // Ten connections on PostgreSQL: the concurrency tests below race for real.
    t = await openTestDatabase({ dialect, poolSize: 10 });
    await t.db.transaction().execute(async (trx) => {
      await seedReferenceData(trx, [2026], START.toISOString());
      const session = { open: '08:00', close: '09:00', slotMinutes: 15, seats: 2 };
      await publishSlots(
        trx,
        { id: 'PHX', timeZone: 'America/Phoenix' },
        { from: '2026-03-10', to: '2026-03-11' },
        { 2: [session], 3: [session] },
        new Set(),
      );
      await publishSlots(
        trx,
        { id: 'PHX', timeZone: 'America/Phoenix' },
        { from: '2026-03-18', to: '2026-03-18' },
        { 3: [session] },
        new Set(),
      );
      await insertApplicants(trx, [
        applicant(ANA, 'live', 'AAAA850505MSRRRR01', 'Ana', 'Aguilar'),
        applicant(BETO, 'live', 'BBBB850505HSRRRR02', 'Beto', 'Barrera'),
        applicant(CARLA, 'live', 'CCCC850505MSRRRR03', 'Carla', 'Castro'),
        applicant(DIEGO, 'practice', 'DDDD850505HSRRRR04', 'Diego', 'Duarte'),
      ]);
    });
    engine = engineWith();
  });

  afterEach(async () => {
    await t.cleanup();
  });

  const at = (iso: string) => {
    now = new Date(iso);
  };

  async function refusal(promise: Promise<unknown>): Promise<ErrorCode> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    throw new Error('expected the command to be refused');
  }

  function liveSeats(slotId: string) {
    return t.row(sql`select capacity, held, booked from slots where id = ${slotId}`);
  }

  function practiceSeats(sandbox: string, slotId: string) {
    return t.row(
      sql`select capacity, held, booked from practice_seats where sandbox = ${sandbox} and slot_id = ${slotId}`,
    );
  }

  async function statusOf(reservationId: string) {
    return (await t.row<{ status: string }>(sql`select status from reservations where id = ${reservationId}`))
      ?.status;
  }

  const countRows = (table: string) => t.count(sql`select count(*) as n from ${sql.table(table)}`);

  const seat = (slotId: string, held: number, booked: number, capacity = 2): SeatCounts => ({
    slotId,
    consulateId: 'PHX',
    capacity,
    held,
    booked,
  });

  async function appointmentsOf(actor: Actor, applicantId: string) {
    return (await listAppointmentsOf(t.db, actor.sandbox, applicantId)).map(presentAppointment);
  }

  let keyCounter = 0;
  const freshKey = () => `key-${String(++keyCounter).padStart(8, '0')}`;

  async function book(actor: Actor, slotId: string, applicantId: string, procedureId = 'passport-first') {
    const hold = await engine.createHold(actor, { slotId, applicantId, procedureId });
    return (await engine.confirmAppointment(actor, hold.id, freshKey())).body;
  }

  describe('hold, confirm, cancel', () => {
    it('tells the applicant of each booking, reschedule and cancellation, and of nothing refused', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      expect(noticed).toEqual([]);
      const booked = (await engine.confirmAppointment(operator1, hold.id, 'key-notice-1')).body;
      expect(noticed).toEqual([{ kind: 'booked', sandbox: 'live', reservationId: hold.id, at: START }]);
      // A replay of the same key changes nothing and tells nobody again.
      await engine.confirmAppointment(operator1, hold.id, 'key-notice-1');
      expect(noticed).toHaveLength(1);

      at('2026-03-09T12:01:00.000Z');
      const moved = (await engine.rescheduleAppointment(operator1, booked.id, S2, 'key-notice-2')).body;
      expect(noticed.at(-1)).toEqual({
        kind: 'rescheduled',
        sandbox: 'live',
        reservationId: `hld_${moved.id.slice(4)}`,
        at: new Date('2026-03-09T12:01:00.000Z'),
      });
      await engine.cancelAppointment(operator1, moved.id, 'the caller asked');
      expect(noticed.at(-1)).toMatchObject({ kind: 'cancelled', reservationId: `hld_${moved.id.slice(4)}` });
      expect(noticed.map((n) => n.kind)).toEqual(['booked', 'rescheduled', 'cancelled']);

      // A refused confirmation (the hold ran out) tells nobody.
      const late = await engine.createHold(operator1, {
        slotId: S4,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:20:00.000Z');
      const before = noticed.length;
      await expect(engine.confirmAppointment(operator1, late.id, 'key-notice-3')).rejects.toThrow(
        DomainError,
      );
      expect(noticed).toHaveLength(before);
      // A practice sandbox's notices are recorded too (the queue keeps them, never sends them).
      const practiceHold = await engine.createHold(trainee, {
        slotId: S3,
        applicantId: DIEGO,
        procedureId: 'passport-first',
      });
      await engine.confirmAppointment(trainee, practiceHold.id, 'key-notice-4');
      expect(noticed.slice(before)).toEqual([
        { kind: 'booked', sandbox: trainee.sandbox, reservationId: practiceHold.id, at: now },
      ]);
    });

    it('holds a seat, books it, and frees it again on cancel', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      expect(hold).toEqual({
        id: hold.id,
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
        expiresAt: '2026-03-09T12:05:00.000Z',
        replacesAppointmentId: null,
      });
      expect(hold.id).toMatch(/^hld_[a-z2-9]{20}$/);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 0 });

      const confirmed = await engine.confirmAppointment(operator1, hold.id, 'key-confirm-1');
      expect(confirmed.statusCode).toBe(201);
      expect(confirmed.replayed).toBe(false);
      const appointment = confirmed.body;
      expect(appointment).toEqual({
        id: `apt_${hold.id.slice(4)}`,
        confirmationCode: appointment.confirmationCode,
        status: 'booked',
        slotId: S1,
        consulateId: 'PHX',
        applicantId: ANA,
        procedureId: 'passport-first',
        start: '2026-03-10T15:00:00.000Z',
        localStart: '2026-03-10T08:00',
        closure: null,
      });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });

      const cancelled = await engine.cancelAppointment(operator1, appointment.id, 'the caller asked');
      expect(cancelled).toEqual({ ...appointment, status: 'cancelled' });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(published).toEqual([
        { sandbox: 'live', changes: [seat(S1, 1, 0)] },
        { sandbox: 'live', changes: [seat(S1, 0, 1)] },
        { sandbox: 'live', changes: [seat(S1, 0, 0)] },
      ]);
      // Hold and booking take or keep the seat; the cancellation gives it back (to the waitlist first).
      expect(freedFlags).toEqual([[false], [false], [true]]);
    });

    it('cancelling a cancelled appointment changes nothing and publishes nothing', async () => {
      const appointment = await book(operator1, S1, ANA);
      await engine.cancelAppointment(operator1, appointment.id, null);
      const before = published.length;
      expect(await engine.cancelAppointment(operator2, appointment.id, null)).toMatchObject({
        id: appointment.id,
        status: 'cancelled',
      });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(published).toHaveLength(before);
    });

    it('releasing a hold frees its seat at once; releasing it again changes nothing', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.releaseHold(operator1, hold.id);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await statusOf(hold.id)).toBe('released');
      await engine.releaseHold(operator1, hold.id);
      expect(published).toEqual([
        { sandbox: 'live', changes: [seat(S1, 1, 0)] },
        { sandbox: 'live', changes: [seat(S1, 0, 0)] },
      ]);
      // The hold took a seat, the release gave it back: only the release serves the waitlist.
      expect(freedFlags).toEqual([[false], [true]]);
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe('hold_expired');
    });

    it("another operator may not release or confirm someone's hold, a lead may release it", async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      expect(await refusal(engine.releaseHold(operator2, hold.id))).toBe('forbidden');
      expect(await refusal(engine.confirmAppointment(operator2, hold.id, freshKey()))).toBe('forbidden');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      await engine.releaseHold(lead, hold.id);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
    });

    it('a confirmed hold cannot be released (cancel the appointment instead)', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.confirmAppointment(operator1, hold.id, freshKey());
      expect(await refusal(engine.releaseHold(operator1, hold.id))).toBe('hold_expired');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
    });

    it('refuses unknown slots, applicants and procedures, and slots that already started', async () => {
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: 'PHX-209901011500',
            applicantId: ANA,
            procedureId: 'passport-first',
          }),
        ),
      ).toBe('not_found');
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S1,
            applicantId: 'app_nobody',
            procedureId: 'passport-first',
          }),
        ),
      ).toBe('not_found');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'no-such-procedure' }),
        ),
      ).toBe('not_found');
      at('2026-03-10T15:00:00.000Z');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('slot_in_past');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await countRows('reservations')).toBe(0);
    });

    it("takes a seat up to the consulate's lead time before the slot, not a millisecond later (PHX: 60 minutes)", async () => {
      at('2026-03-10T14:00:00.001Z');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('slot_too_soon');
      expect(await countRows('reservations')).toBe(0);
      at('2026-03-10T14:00:00.000Z');
      await expect(
        engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: S1 });
    });

    it('a hold whose slot starts before it is confirmed is refused as slot_in_past, and keeps its seat until it expires', async () => {
      engine = engineWith({ limits: { holdTtlSeconds: 7200 } });
      at('2026-03-10T14:00:00.000Z');
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-10T15:00:00.000Z');
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe('slot_in_past');
      expect(await statusOf(hold.id)).toBe('held');
    });
  });

  describe('capacity', () => {
    it('a second operator can take the last seat, a third gets slot_full, and a freed seat can be taken again', async () => {
      const first = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.confirmAppointment(operator1, first.id, freshKey());
      const last = await engine.createHold(operator2, {
        slotId: S1,
        applicantId: BETO,
        procedureId: 'passport-first',
      });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 1 });

      const publishedBefore = published.length;
      expect(
        await refusal(
          engine.createHold(lead, { slotId: S1, applicantId: CARLA, procedureId: 'passport-first' }),
        ),
      ).toBe('slot_full');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 1 });
      expect(await t.count(sql`select count(*) as n from reservations where applicant_id = ${CARLA}`)).toBe(
        0,
      );
      expect(published).toHaveLength(publishedBefore);

      await engine.releaseHold(operator2, last.id);
      await engine.createHold(lead, { slotId: S1, applicantId: CARLA, procedureId: 'passport-first' });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 1 });
    });

    it('concurrent holds for the last seats: exactly capacity of them win, the rest get slot_full', async () => {
      const attempts = [ANA, BETO, CARLA].map((applicantId, i) =>
        engine.createHold(i % 2 ? operator2 : operator1, {
          slotId: S1,
          applicantId,
          procedureId: 'passport-first',
        }),
      );
      const results = await Promise.allSettled(attempts);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused.map((r) => (r.reason as DomainError).code)).toEqual(['slot_full']);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 2, booked: 0 });
    });

    it('50 concurrent holds on a one-seat slot: exactly one wins, 49 get slot_full, the seat is never oversold', async () => {
      await setSlotCapacity(lead, S1, 1);
      const callers = Array.from({ length: 50 }, (_, i) =>
        applicant(
          `app_race${i}`,
          'live',
          `RACE${String(i).padStart(2, '0')}0505MSRRRR01`,
          'Race',
          `Caller${i}`,
        ),
      );
      await t.db.transaction().execute((trx) => insertApplicants(trx, callers));
      engine = engineWith({ limits: { maxLiveHoldsPerUser: 100 } });
      const results = await Promise.allSettled(
        callers.map((c, i) =>
          engine.createHold(
            { ...operator1, userId: `usr_race${i}` },
            { slotId: S1, applicantId: c.id, procedureId: 'passport-first' },
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map((r) => (r.reason instanceof DomainError ? r.reason.code : String(r.reason)));
      expect(refused).toEqual(Array(49).fill('slot_full'));
      expect(await liveSeats(S1)).toEqual({ capacity: 1, held: 1, booked: 0 });
      expect(
        await t.count(sql`select count(*) as n from reservations where slot_id = ${S1} and status = 'held'`),
      ).toBe(1);
    });

    it('concurrent confirms with one key book once; the other is a replay', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      const [a, b] = await Promise.all([
        engine.confirmAppointment(operator1, hold.id, 'key-race-0001'),
        engine.confirmAppointment(operator1, hold.id, 'key-race-0001'),
      ]);
      expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
      expect(a.body).toEqual(b.body);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
    });

    it('a lead cannot set capacity below the seats held and booked', async () => {
      await book(operator1, S1, ANA);
      await engine.createHold(operator1, { slotId: S1, applicantId: BETO, procedureId: 'passport-first' });
      expect(await refusal(setSlotCapacity(lead, S1, 1))).toBe('capacity_below_booked');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 1 });

      published.length = 0;
      expect(await setSlotCapacity(lead, S2, 5)).toMatchObject({ id: S2, capacity: 5, available: 5 });
      expect(await setSlotCapacity(lead, S1, 2)).toMatchObject({ id: S1, capacity: 2, available: 0 });
      expect(published).toEqual([
        { sandbox: 'live', changes: [seat(S2, 0, 0, 5)] },
        { sandbox: 'live', changes: [seat(S1, 1, 1)] },
      ]);
      expect(
        await refusal(
          engine.createHold(operator2, { slotId: S1, applicantId: CARLA, procedureId: 'passport-first' }),
        ),
      ).toBe('slot_full');
    });
  });

  describe('one live hold or appointment per applicant and procedure', () => {
    it('refuses a second hold while the first is held or booked, whoever asks, but not another procedure', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      expect(
        await refusal(
          engine.createHold(operator2, { slotId: S2, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('duplicate_appointment');
      await engine.createHold(operator2, { slotId: S2, applicantId: ANA, procedureId: 'matricula' });

      await engine.confirmAppointment(operator1, hold.id, freshKey());
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S3, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('duplicate_appointment');
      expect(await liveSeats(S3)).toEqual({ capacity: 2, held: 0, booked: 0 });
    });

    it('frees once the hold is released', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.releaseHold(operator1, hold.id);
      await expect(
        engine.createHold(operator1, { slotId: S2, applicantId: ANA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: S2 });
    });

    it('frees once the hold has expired and been swept', async () => {
      await engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' });
      at('2026-03-09T12:05:00.000Z');
      expect(await engine.sweepExpiredHolds()).toBe(1);
      await expect(
        engine.createHold(operator1, { slotId: S2, applicantId: ANA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: S2 });
    });

    it('an overdue hold stops blocking its applicant and its seat at once, before any sweep', async () => {
      const first = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:05:00.000Z');
      published = [];
      freedFlags = [];
      const again = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      expect(await statusOf(first.id)).toBe('expired');
      expect(await statusOf(again.id)).toBe('held');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      // The freed seat is pushed live before the new hold's seat.
      expect(published.map((p) => p.changes.map((c) => c.held))).toEqual([[0], [1]]);
    });

    it('frees once the appointment is cancelled', async () => {
      const appointment = await book(operator1, S1, ANA);
      await engine.cancelAppointment(operator1, appointment.id, null);
      await expect(
        engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: S1 });
    });
  });

  describe('hold expiry', () => {
    it('a hold is confirmable until the last millisecond of its TTL', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:04:59.999Z');
      await expect(engine.confirmAppointment(operator1, hold.id, freshKey())).resolves.toMatchObject({
        body: { status: 'booked' },
      });
    });

    it('a held seat past its TTL cannot be confirmed; the sweeper expires it and publishes the seat', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:05:00.000Z');
      const key = freshKey();
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, key))).toBe('hold_expired');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      expect(await countRows('idempotency_keys')).toBe(0);

      published.length = 0;
      expect(await engine.sweepExpiredHolds()).toBe(1);
      expect(await statusOf(hold.id)).toBe('expired');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(published).toEqual([{ sandbox: 'live', changes: [seat(S1, 0, 0)] }]);

      expect(await refusal(engine.confirmAppointment(operator1, hold.id, key))).toBe('hold_expired');
      expect(await refusal(engine.extendHold(operator1, hold.id))).toBe('hold_expired');
      expect(await engine.sweepExpiredHolds()).toBe(0);
      expect(published).toHaveLength(1);
    });

    it('the sweeper leaves live holds alone', async () => {
      const early = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:02:00.000Z');
      const later = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: BETO,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:05:00.000Z');
      expect(await engine.sweepExpiredHolds()).toBe(1);
      expect(await statusOf(early.id)).toBe('expired');
      expect(await statusOf(later.id)).toBe('held');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
    });

    it('extending is capped at 3 TTLs of lifetime in all', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:03:20.000Z');
      expect((await engine.extendHold(operator1, hold.id)).expiresAt).toBe('2026-03-09T12:08:20.000Z');
      at('2026-03-09T12:07:30.000Z');
      expect((await engine.extendHold(operator1, hold.id)).expiresAt).toBe('2026-03-09T12:12:30.000Z');
      at('2026-03-09T12:11:40.000Z');
      expect((await engine.extendHold(operator1, hold.id)).expiresAt).toBe('2026-03-09T12:15:00.000Z');
      at('2026-03-09T12:14:10.000Z');
      expect(await refusal(engine.extendHold(operator1, hold.id))).toBe('hold_limit_reached');
      expect(await t.row(sql`select expires_at from reservations where id = ${hold.id}`)).toEqual({
        expires_at: '2026-03-09T12:15:00.000Z',
      });

      at('2026-03-09T12:15:00.000Z');
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe('hold_expired');
      expect(await engine.sweepExpiredHolds()).toBe(1);
    });

    it('only the holder or a lead may extend a hold', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:01:00.000Z');
      expect(await refusal(engine.extendHold(operator2, hold.id))).toBe('forbidden');
      expect((await engine.extendHold(lead, hold.id)).expiresAt).toBe('2026-03-09T12:06:00.000Z');
    });
  });

  describe('idempotent confirm', () => {
    it('the same key returns the same appointment, replayed, and books nothing more', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      const first = await engine.confirmAppointment(operator1, hold.id, 'key-same-0001');
      const publishedAfterFirst = published.length;
      const again = await engine.confirmAppointment(operator1, hold.id, 'key-same-0001');
      expect(again).toEqual({ statusCode: 201, body: first.body, replayed: true });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
      expect(await t.count(sql`select count(*) as n from reservations where status = 'booked'`)).toBe(1);
      expect(published).toHaveLength(publishedAfterFirst);
    });

    it('the same key for another hold is refused with idempotency_key_reused and books nothing', async () => {
      const holdA = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.confirmAppointment(operator1, holdA.id, 'key-same-0002');
      const holdB = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: BETO,
        procedureId: 'passport-first',
      });
      expect(await refusal(engine.confirmAppointment(operator1, holdB.id, 'key-same-0002'))).toBe(
        'idempotency_key_reused',
      );
      expect(await statusOf(holdB.id)).toBe('held');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 1, booked: 1 });
    });

    it("a key belongs to its user: another operator's identical key books their own hold", async () => {
      const holdA = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      const holdB = await engine.createHold(operator2, {
        slotId: S1,
        applicantId: BETO,
        procedureId: 'passport-first',
      });
      const a = await engine.confirmAppointment(operator1, holdA.id, 'key-shared-01');
      const b = await engine.confirmAppointment(operator2, holdB.id, 'key-shared-01');
      expect(b.replayed).toBe(false);
      expect(b.body.applicantId).toBe(BETO);
      expect(b.body.id).not.toBe(a.body.id);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 2 });
    });
  });

  describe('reschedule', () => {
    it('is atomic: slot_full on the new slot leaves the old booking untouched and stores no key', async () => {
      const original = await book(operator1, S1, ANA);
      await engine.createHold(operator2, { slotId: S2, applicantId: BETO, procedureId: 'passport-first' });
      const carla = await engine.createHold(operator2, {
        slotId: S2,
        applicantId: CARLA,
        procedureId: 'passport-first',
      });
      const reservationsBefore = await countRows('reservations');
      const auditBefore = await countRows('audit_log');
      published.length = 0;

      expect(await refusal(engine.rescheduleAppointment(operator1, original.id, S2, 'key-resched-1'))).toBe(
        'slot_full',
      );
      expect(await appointmentsOf(operator1, ANA)).toEqual([original]);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 2, booked: 0 });
      expect(await countRows('reservations')).toBe(reservationsBefore);
      expect(await countRows('audit_log')).toBe(auditBefore);
      expect(await countRows('idempotency_keys')).toBe(1);
      expect(published).toEqual([]);

      // The refused attempt stored nothing under its key: the retry after a seat frees up works.
      await engine.releaseHold(operator2, carla.id);
      published.length = 0;
      const moved = await engine.rescheduleAppointment(operator1, original.id, S2, 'key-resched-1');
      expect(moved.replayed).toBe(false);
      expect(moved.body).toMatchObject({
        status: 'booked',
        slotId: S2,
        applicantId: ANA,
        procedureId: 'passport-first',
        localStart: '2026-03-10T08:15',
      });
      expect(moved.body.id).not.toBe(original.id);
      expect(moved.body.confirmationCode).not.toBe(original.confirmationCode);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 1, booked: 1 });
      expect(published).toEqual([{ sandbox: 'live', changes: [seat(S1, 0, 0), seat(S2, 1, 1)] }]);
      expect(await appointmentsOf(operator1, ANA)).toEqual([
        { ...original, status: 'cancelled', rescheduledTo: moved.body.id },
        moved.body,
      ]);
    });

    it('replays with the same key, and the old appointment can be neither rescheduled nor cancelled again', async () => {
      const original = await book(operator1, S1, ANA);
      const moved = await engine.rescheduleAppointment(operator1, original.id, S3, 'key-resched-2');
      expect(await engine.rescheduleAppointment(operator1, original.id, S3, 'key-resched-2')).toEqual({
        ...moved,
        replayed: true,
      });
      expect(await refusal(engine.rescheduleAppointment(operator1, original.id, S4, 'key-resched-3'))).toBe(
        'appointment_not_active',
      );
      expect(await refusal(engine.rescheduleAppointment(operator1, original.id, S4, 'key-resched-2'))).toBe(
        'idempotency_key_reused',
      );
      expect(await refusal(engine.cancelAppointment(operator1, original.id, null))).toBe(
        'appointment_not_active',
      );
      expect(await refusal(engine.rescheduleAppointment(operator1, moved.body.id, S3, freshKey()))).toBe(
        'invalid_request',
      );
      expect(await liveSeats(S3)).toEqual({ capacity: 2, held: 0, booked: 1 });
    });

    it('through a hold: replacesAppointmentId keeps the old booking until the new seat is confirmed', async () => {
      const original = await book(operator1, S1, ANA);
      const hold = await engine.createHold(operator1, {
        slotId: S2,
        applicantId: ANA,
        procedureId: 'passport-first',
        replacesAppointmentId: original.id,
      });
      expect(hold.replacesAppointmentId).toBe(original.id);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 1, booked: 0 });
      expect(await appointmentsOf(operator1, ANA)).toEqual([original]);

      // Only one pending replacement per booking, and a plain second hold is still a duplicate.
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S3,
            applicantId: ANA,
            procedureId: 'passport-first',
            replacesAppointmentId: original.id,
          }),
        ),
      ).toBe('duplicate_appointment');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S3, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('duplicate_appointment');
      expect(await refusal(engine.rescheduleAppointment(operator1, original.id, S3, freshKey()))).toBe(
        'duplicate_appointment',
      );
      expect(await liveSeats(S3)).toEqual({ capacity: 2, held: 0, booked: 0 });

      published.length = 0;
      const confirmed = await engine.confirmAppointment(operator1, hold.id, freshKey());
      expect(confirmed.body).toMatchObject({ id: `apt_${hold.id.slice(4)}`, status: 'booked', slotId: S2 });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 0, booked: 1 });
      expect(published).toEqual([{ sandbox: 'live', changes: [seat(S1, 0, 0), seat(S2, 0, 1)] }]);
      expect(await appointmentsOf(operator1, ANA)).toEqual([
        { ...original, status: 'cancelled', rescheduledTo: confirmed.body.id },
        confirmed.body,
      ]);
    });

    it('a replacement hold must keep the applicant and procedure and move to another slot', async () => {
      const original = await book(operator1, S1, ANA);
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S2,
            applicantId: BETO,
            procedureId: 'passport-first',
            replacesAppointmentId: original.id,
          }),
        ),
      ).toBe('invalid_request');
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S2,
            applicantId: ANA,
            procedureId: 'matricula',
            replacesAppointmentId: original.id,
          }),
        ),
      ).toBe('invalid_request');
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S1,
            applicantId: ANA,
            procedureId: 'passport-first',
            replacesAppointmentId: original.id,
          }),
        ),
      ).toBe('invalid_request');
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: S2,
            applicantId: ANA,
            procedureId: 'passport-first',
            replacesAppointmentId: 'apt_nosuchappointment',
          }),
        ),
      ).toBe('not_found');
    });

    it('a replacement whose original was cancelled meanwhile cannot be confirmed', async () => {
      const original = await book(operator1, S1, ANA);
      const hold = await engine.createHold(operator1, {
        slotId: S2,
        applicantId: ANA,
        procedureId: 'passport-first',
        replacesAppointmentId: original.id,
      });
      await engine.cancelAppointment(operator2, original.id, null);
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe(
        'appointment_not_active',
      );
      expect(await statusOf(hold.id)).toBe('held');
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 1, booked: 0 });
    });
  });

  describe('closed days', () => {
    const closeDay = (localDate: string) =>
      t.db
        .insertInto('closed_days')
        .values({
          consulate_id: 'PHX',
          local_date: localDate,
          reason_es: 'Cierre',
          reason_en: 'Closure',
          closed_by: 'usr_lead1',
          closed_at: now.toISOString(),
        })
        .execute();

    it('refuses a hold on a closed day', async () => {
      await closeDay('2026-03-10');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('day_closed');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      await expect(
        engine.createHold(operator1, { slotId: WED, applicantId: ANA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: WED });
    });

    it('refuses to confirm a hold whose day closed after it was taken; the hold is left to release', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: WED,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await closeDay('2026-03-11');
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe('day_closed');
      expect(await liveSeats(WED)).toEqual({ capacity: 2, held: 1, booked: 0 });
      await engine.releaseHold(operator1, hold.id);
      expect(await liveSeats(WED)).toEqual({ capacity: 2, held: 0, booked: 0 });
    });

    it('refuses to reschedule into a closed day', async () => {
      const original = await book(operator1, S1, ANA);
      await closeDay('2026-03-11');
      expect(await refusal(engine.rescheduleAppointment(operator1, original.id, WED, freshKey()))).toBe(
        'day_closed',
      );
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
    });
  });

  describe('prerequisites', () => {
    it('birth-registration needs a booked birth-registration-review of the same applicant', async () => {
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: WED, applicantId: ANA, procedureId: 'birth-registration' }),
        ),
      ).toBe('prerequisite_missing');
      const review = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'birth-registration-review',
      });
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: WED, applicantId: ANA, procedureId: 'birth-registration' }),
        ),
      ).toBe('prerequisite_missing');
      await engine.confirmAppointment(operator1, review.id, freshKey());
      // The day after the review is too soon for PHX (7 days); a week later is not.
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: WED, applicantId: ANA, procedureId: 'birth-registration' }),
        ),
      ).toBe('prerequisite_missing');
      await expect(
        engine.createHold(operator1, {
          slotId: NEXT_WED,
          applicantId: ANA,
          procedureId: 'birth-registration',
        }),
      ).resolves.toMatchObject({ slotId: NEXT_WED });
      expect(
        await refusal(
          engine.createHold(operator1, {
            slotId: NEXT_WED,
            applicantId: BETO,
            procedureId: 'birth-registration',
          }),
        ),
      ).toBe('prerequisite_missing');
      expect(await liveSeats(NEXT_WED)).toEqual({ capacity: 2, held: 1, booked: 0 });
    });
  });

  describe('prerequisites, rechecked', () => {
    it('the review must come first: a review on a later date does not count', async () => {
      await book(operator1, WED, ANA, 'birth-registration-review');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'birth-registration' }),
        ),
      ).toBe('prerequisite_missing');
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
    });

    it('a review cancelled while the registration seat is held blocks the confirm', async () => {
      const review = await book(operator1, S1, ANA, 'birth-registration-review');
      const hold = await engine.createHold(operator1, {
        slotId: NEXT_WED,
        applicantId: ANA,
        procedureId: 'birth-registration',
      });
      await engine.cancelAppointment(operator1, review.id, null);
      expect(await refusal(engine.confirmAppointment(operator1, hold.id, freshKey()))).toBe(
        'prerequisite_missing',
      );
      expect(await liveSeats(NEXT_WED)).toEqual({ capacity: 2, held: 1, booked: 0 });
      expect(await statusOf(hold.id)).toBe('held');
    });
  });

  describe('anti-hoarding', () => {
    it('one user holds at most maxLiveHoldsPerUser seats at once; released or expired holds do not count', async () => {
      const first = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'matricula' });
      await engine.createHold(operator1, { slotId: S2, applicantId: ANA, procedureId: 'visa' });
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S2, applicantId: ANA, procedureId: 'passport-renewal' }),
        ),
      ).toBe('rate_limited');
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 1, booked: 0 });
      await expect(
        engine.createHold(operator2, { slotId: S2, applicantId: BETO, procedureId: 'passport-first' }),
      ).resolves.toBeDefined();

      await engine.releaseHold(operator1, first.id);
      await engine.createHold(operator1, { slotId: S3, applicantId: ANA, procedureId: 'passport-renewal' });
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S3, applicantId: CARLA, procedureId: 'passport-first' }),
        ),
      ).toBe('rate_limited');

      // Past their TTL the holds no longer count, even before the sweeper has run.
      at('2026-03-09T12:05:00.000Z');
      await expect(
        engine.createHold(operator1, { slotId: S4, applicantId: CARLA, procedureId: 'passport-first' }),
      ).resolves.toMatchObject({ slotId: S4 });
    });

    it('the hold rate limiter refuses a burst with rate_limited and lets the user go on after the window', async () => {
      engine = engineWith({ holdRateLimiter: createRateLimiter({ limit: 2, windowMs: 60_000, clock }) });
      await engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' });
      at('2026-03-09T12:00:10.000Z');
      await engine.createHold(operator1, { slotId: S1, applicantId: BETO, procedureId: 'passport-first' });
      at('2026-03-09T12:00:59.999Z');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S2, applicantId: CARLA, procedureId: 'passport-first' }),
        ),
      ).toBe('rate_limited');
      expect(await liveSeats(S2)).toEqual({ capacity: 2, held: 0, booked: 0 });
      await expect(
        engine.createHold(operator2, { slotId: S2, applicantId: CARLA, procedureId: 'passport-first' }),
      ).resolves.toBeDefined();
      at('2026-03-09T12:01:00.000Z');
      await expect(
        engine.createHold(operator1, { slotId: S2, applicantId: ANA, procedureId: 'matricula' }),
      ).resolves.toBeDefined();
    });
  });

  describe('practice sandbox', () => {
    it('a trainee books the same slot id on its own counters; live counters and live events never see it', async () => {
      expect(trainee.sandbox).toBe('practice:usr_x');
      const hold = await engine.createHold(trainee, {
        slotId: S1,
        applicantId: DIEGO,
        procedureId: 'passport-first',
      });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await practiceSeats('practice:usr_x', S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      const appointment = (await engine.confirmAppointment(trainee, hold.id, freshKey())).body;
      expect(appointment).toMatchObject({ status: 'booked', slotId: S1, applicantId: DIEGO });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await practiceSeats('practice:usr_x', S1)).toEqual({ capacity: 2, held: 0, booked: 1 });
      expect(published).toEqual([
        { sandbox: 'practice:usr_x', changes: [seat(S1, 1, 0)] },
        { sandbox: 'practice:usr_x', changes: [seat(S1, 0, 1)] },
      ]);

      // Live actors cannot reach the practice appointment, nor the trainee a live one.
      expect(await refusal(engine.cancelAppointment(operator1, appointment.id, null))).toBe('not_found');
      const live = await book(operator1, S2, ANA);
      expect(await refusal(engine.cancelAppointment(trainee, live.id, null))).toBe('not_found');
      await engine.cancelAppointment(trainee, appointment.id, null);
      expect(await practiceSeats('practice:usr_x', S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(published.at(-1)).toEqual({ sandbox: 'practice:usr_x', changes: [seat(S1, 0, 0)] });
    });

    it('practice reaches only practice applicants, and live reaches only live ones', async () => {
      expect(
        await refusal(
          engine.createHold(trainee, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' }),
        ),
      ).toBe('not_found');
      expect(
        await refusal(
          engine.createHold(operator1, { slotId: S1, applicantId: DIEGO, procedureId: 'passport-first' }),
        ),
      ).toBe('not_found');
    });

    it('a full live slot still has its seats in practice, and each trainee has a sandbox of their own', async () => {
      await engine.createHold(operator1, { slotId: S1, applicantId: ANA, procedureId: 'passport-first' });
      await engine.createHold(operator1, { slotId: S1, applicantId: BETO, procedureId: 'passport-first' });
      await engine.createHold(trainee, { slotId: S1, applicantId: DIEGO, procedureId: 'passport-first' });
      await engine.createHold(trainee2, { slotId: S1, applicantId: DIEGO, procedureId: 'passport-first' });
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 2, booked: 0 });
      expect(await practiceSeats('practice:usr_x', S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      expect(await practiceSeats('practice:usr_y', S1)).toEqual({ capacity: 2, held: 1, booked: 0 });
      expect(
        await refusal(
          engine.createHold(trainee, { slotId: S2, applicantId: DIEGO, procedureId: 'passport-first' }),
        ),
      ).toBe('duplicate_appointment');

      // The sweeper publishes each sandbox's seats to that sandbox only.
      at('2026-03-09T12:05:00.000Z');
      published.length = 0;
      expect(await engine.sweepExpiredHolds()).toBe(4);
      expect(await liveSeats(S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      expect(await practiceSeats('practice:usr_x', S1)).toEqual({ capacity: 2, held: 0, booked: 0 });
      const bySandbox = Object.fromEntries(published.map((p) => [p.sandbox, p.changes]));
      expect(published).toHaveLength(3);
      expect(bySandbox['live']?.at(-1)).toEqual(seat(S1, 0, 0));
      expect(bySandbox['live']?.every((c) => c.slotId === S1)).toBe(true);
      expect(bySandbox['practice:usr_x']).toEqual([seat(S1, 0, 0)]);
      expect(bySandbox['practice:usr_y']).toEqual([seat(S1, 0, 0)]);
    });
  });

  describe('confirmation codes', () => {
    it('use only the read-aloud alphabet: never 0, O, 1 or I', async () => {
      let next = 0;
      engine = engineWith({ randomInt: (n) => next++ % n });
      const codes: string[] = [];
      for (const [slotId, applicantId, procedureId] of [
        [S1, ANA, 'passport-first'],
        [S1, BETO, 'passport-first'],
        [S2, ANA, 'matricula'],
        [S2, BETO, 'matricula'],
        [S3, CARLA, 'visa'],
      ] as const) {
        codes.push((await book(operator1, slotId, applicantId, procedureId)).confirmationCode);
      }
      // Every index of the alphabet was drawn at least once.
      expect(new Set(codes.join(''))).toEqual(new Set(CONFIRMATION_ALPHABET));
      for (const code of codes) {
        expect(code).toMatch(new RegExp(`^[${CONFIRMATION_ALPHABET}]{7}$`));
        expect(code).not.toMatch(/[0O1I]/);
      }
    });

    it('a code already taken is drawn again', async () => {
      // Zeros for the first two codes (the second collides), then ones.
      let calls = 0;
      engine = engineWith({ randomInt: () => (calls++ < 14 ? 0 : 1) });
      expect((await book(operator1, S1, ANA)).confirmationCode).toBe('2222222');
      expect((await book(operator1, S1, BETO)).confirmationCode).toBe('3333333');
    });
  });

  describe('audit log', () => {
    type AuditRow = {
      at: string;
      actor_id: string | null;
      actor_role: string | null;
      action: string;
      entity_type: string;
      entity_id: string;
      sandbox: string;
      call_id: string | null;
    };
    const auditRows = () =>
      t.rows<AuditRow>(
        sql`select at, actor_id, actor_role, action, entity_type, entity_id, sandbox, call_id from audit_log order by id`,
      );

    it('every state change writes one row with its actor, action and call id; refusals write none', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:01:00.000Z');
      await engine.extendHold(operator1, hold.id);
      await engine.releaseHold(operator1, hold.id);
      const appointment = await book(operator1, S1, ANA);
      at('2026-03-09T12:02:00.000Z');
      const moved = (await engine.rescheduleAppointment(operator1, appointment.id, S2, freshKey())).body;
      await engine.cancelAppointment(operator1, moved.id, 'caller moved away');
      await setSlotCapacity(lead, S3, 3);
      const expiring = await engine.createHold(operator2, {
        slotId: S4,
        applicantId: BETO,
        procedureId: 'passport-first',
      });
      await refusal(
        engine.createHold(operator1, { slotId: S4, applicantId: BETO, procedureId: 'passport-first' }),
      );
      await refusal(setSlotCapacity(lead, S4, 0));
      at('2026-03-09T12:02:30.000Z');
      const practice = await engine.createHold(trainee, {
        slotId: S4,
        applicantId: DIEGO,
        procedureId: 'passport-first',
      });
      at('2026-03-09T12:08:00.000Z');
      await engine.sweepExpiredHolds();

      const rows = await auditRows();
      const newHold = rows.find((r, i) => r.action === 'hold.created' && i > 3)?.entity_id as string;
      const op1 = { actor_id: 'usr_operator1', actor_role: 'operator', sandbox: 'live', call_id: 'call-op1' };
      expect(rows).toEqual([
        {
          ...op1,
          at: '2026-03-09T12:00:00.000Z',
          action: 'hold.created',
          entity_type: 'hold',
          entity_id: hold.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:01:00.000Z',
          action: 'hold.extended',
          entity_type: 'hold',
          entity_id: hold.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:01:00.000Z',
          action: 'hold.released',
          entity_type: 'hold',
          entity_id: hold.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:01:00.000Z',
          action: 'hold.created',
          entity_type: 'hold',
          entity_id: `hld_${appointment.id.slice(4)}`,
        },
        {
          ...op1,
          at: '2026-03-09T12:01:00.000Z',
          action: 'appointment.booked',
          entity_type: 'appointment',
          entity_id: appointment.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:02:00.000Z',
          action: 'hold.created',
          entity_type: 'hold',
          entity_id: newHold,
        },
        {
          ...op1,
          at: '2026-03-09T12:02:00.000Z',
          action: 'appointment.rescheduled',
          entity_type: 'appointment',
          entity_id: appointment.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:02:00.000Z',
          action: 'appointment.booked',
          entity_type: 'appointment',
          entity_id: moved.id,
        },
        {
          ...op1,
          at: '2026-03-09T12:02:00.000Z',
          action: 'appointment.cancelled',
          entity_type: 'appointment',
          entity_id: moved.id,
        },
        {
          at: '2026-03-09T12:02:00.000Z',
          actor_id: 'usr_lead1',
          actor_role: 'lead',
          sandbox: 'live',
          call_id: 'call-lead',
          action: 'slot.capacity_changed',
          entity_type: 'slot',
          entity_id: S3,
        },
        {
          at: '2026-03-09T12:02:00.000Z',
          actor_id: 'usr_operator2',
          actor_role: 'operator',
          sandbox: 'live',
          call_id: 'call-op2',
          action: 'hold.created',
          entity_type: 'hold',
          entity_id: expiring.id,
        },
        {
          at: '2026-03-09T12:02:30.000Z',
          actor_id: 'usr_x',
          actor_role: 'trainee',
          sandbox: 'practice:usr_x',
          call_id: 'call-practice',
          action: 'hold.created',
          entity_type: 'hold',
          entity_id: practice.id,
        },
        // The sweeper acts as the system, in the hold's sandbox, under the call that took the hold.
        {
          at: '2026-03-09T12:08:00.000Z',
          actor_id: 'system',
          actor_role: 'admin',
          sandbox: 'live',
          call_id: 'call-op2',
          action: 'hold.expired',
          entity_type: 'hold',
          entity_id: expiring.id,
        },
        {
          at: '2026-03-09T12:08:00.000Z',
          actor_id: 'system',
          actor_role: 'admin',
          sandbox: 'practice:usr_x',
          call_id: 'call-practice',
          action: 'hold.expired',
          entity_type: 'hold',
          entity_id: practice.id,
        },
      ]);
      expect(newHold).toBe(`hld_${moved.id.slice(4)}`);

      const booked = (await t.row<{ details_json: string }>(
        sql`select details_json from audit_log where action = 'appointment.booked' and entity_id = ${appointment.id}`,
      )) as { details_json: string };
      expect(JSON.parse(booked.details_json)).toMatchObject({
        slotId: S1,
        confirmationCode: appointment.confirmationCode,
        replaces: null,
      });
    });

    it('the booking row keeps the call id it was made under', async () => {
      const hold = await engine.createHold(operator1, {
        slotId: S1,
        applicantId: ANA,
        procedureId: 'passport-first',
      });
      await engine.confirmAppointment({ ...operator1, callId: null }, hold.id, freshKey());
      expect(await t.row(sql`select call_id, booked_by from reservations where id = ${hold.id}`)).toEqual({
        call_id: 'call-op1',
        booked_by: 'usr_operator1',
      });
    });
  });
});
