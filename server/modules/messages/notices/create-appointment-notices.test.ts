import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import type { Actor } from '../../../kernel/actor';
import { createRateLimiter } from '../../../platform/rate-limits/rate-limiter';
import { seedReferenceData } from '../../../seed/reference-seed';
import { insertApplicants, type NewApplicant } from '../../applicants/applicant-repository';
import { createBookingEngine, type BookingEngine } from '../../booking';
import { publishSlots } from '../../slots/publish-slots';
import { createAppointmentNotices } from './create-appointment-notices';

/**
 * The notices port over a real database (SQLite and PostgreSQL) and the real booking engine: what
 * each change queues, in the applicant's language, with the calendar UID of the first appointment
 * of its reschedule chain and a rising SEQUENCE. Denver turns its clocks back on Sunday 2027-11-07
 * (the spring change's Monday, 2027-03-15, is a consular holiday: the reminder unit test covers it).
 */
const START = new Date('2027-11-03T12:00:00.000Z');
// Denver: 9:00 MST on Monday 8 November is 16:00Z; 9:00 MDT on Thursday 4 November is 15:00Z.
const MON_0900 = 'DEN-202711081600';
const TUE_0900 = 'DEN-202711091600';
const WED_0900 = 'DEN-202711101600';
const THU_0900 = 'DEN-202711041500';

const operator: Actor = { userId: 'usr_operator1', role: 'operator', sandbox: 'live', callId: null };

const person = (id: string, curp: string, contact: Partial<NewApplicant>): NewApplicant => ({
  id,
  sandbox: 'live',
  curp,
  givenNames: 'Grace',
  firstSurname: 'Hopper',
  secondSurname: null,
  birthDate: '1985-05-05',
  phone: null,
  email: null,
  createdAt: START.toISOString(),
  createdBy: null,
  ...contact,
});

interface QueuedRow {
  dedupe_key: string;
  kind: string;
  channel: string;
  recipient: string;
  language: string;
  subject: string | null;
  text: string;
  calendar: string | null;
  calendar_method: string | null;
  not_before: string;
  only_if_still_booked: number;
  status: string;
}

describeEachDialect('appointment notices', (dialect) => {
  let t: TestDatabase;
  let now: Date;
  let engine: BookingEngine;

  beforeEach(async () => {
    now = START;
    t = await openTestDatabase({ dialect });
    await t.db.transaction().execute(async (trx) => {
      await seedReferenceData(trx, [2027], START.toISOString());
      const session = [{ open: '09:00', close: '10:00', slotMinutes: 30, seats: 2 }];
      await publishSlots(
        trx,
        { id: 'DEN', timeZone: 'America/Denver' },
        { from: '2027-11-03', to: '2027-11-12' },
        { 1: session, 2: session, 3: session, 4: session, 5: session },
        new Set(),
      );
      await insertApplicants(trx, [
        person('app_grace', 'HOGR850505MNERRR01', {
          email: 'grace@example.com',
          phone: '+17205550143',
          language: 'en',
        }),
        person('app_ana', 'AAAA850505MSRRRR01', { givenNames: 'Ana', email: 'ana@example.com' }),
        person('app_toll', 'BBBB850505HSRRRR02', { givenNames: 'Beto', phone: '+18005550143' }),
      ]);
    });
    engine = createBookingEngine({
      db: t.db,
      transact: t.transact,
      clock: () => now,
      limits: { holdTtlSeconds: 300, maxHoldLifetimeTtls: 3, maxLiveHoldsPerUser: 10 },
      holdRateLimiter: createRateLimiter({ limit: 1000, windowMs: 60_000, clock: () => now }),
      slotChanges: { record: async () => {} },
      randomInt: (n) => randomInt(n),
      notices: createAppointmentNotices(),
    });
  });

  afterEach(async () => {
    await t.cleanup();
  });

  let keys = 0;
  async function book(slotId: string, applicantId: string) {
    const hold = await engine.createHold(operator, { slotId, applicantId, procedureId: 'passport-renewal' });
    return (await engine.confirmAppointment(operator, hold.id, `key-${++keys}`)).body;
  }
  const queued = () =>
    t.rows<QueuedRow>(
      sql`select dedupe_key, kind, channel, recipient, language, subject, text, calendar, calendar_method,
                 not_before, only_if_still_booked, status
            from outbound_messages order by created_at, dedupe_key`,
    );
  const calendarLine = (calendar: string | null, name: 'UID' | 'SEQUENCE' | 'METHOD') =>
    new RegExp(`^${name}:(.*)$`, 'm').exec(calendar ?? '')?.[1]?.trim();

  it("queues a booking's e-mail and SMS in the applicant's language, and its reminder at 9:00 two days before on Denver's clock: 49 hours across the change", async () => {
    const appointment = await book(MON_0900, 'app_grace');
    const reservationId = `hld_${appointment.id.slice(4)}`;
    const rows = await queued();
    expect(rows.map((r) => [r.dedupe_key, r.recipient, r.language])).toEqual([
      [`booked:${reservationId}:email`, 'grace@example.com', 'en'],
      [`booked:${reservationId}:sms`, '+17205550143', 'en'],
      [`reminder:${reservationId}:email`, 'grace@example.com', 'en'],
      [`reminder:${reservationId}:sms`, '+17205550143', 'en'],
    ]);
    const [email, sms, reminder] = rows as [QueuedRow, QueuedRow, QueuedRow];
    expect(email).toMatchObject({
      not_before: START.toISOString(),
      only_if_still_booked: 0,
      status: 'queued',
    });
    expect(email.subject).toMatch(/^Appointment confirmed: /);
    expect(email.text).toContain(appointment.confirmationCode);
    expect(calendarLine(email.calendar, 'UID')).toBe(`${appointment.id}@miconsulado`);
    expect(calendarLine(email.calendar, 'SEQUENCE')).toBe('0');
    expect(email.calendar_method).toBe('REQUEST');
    expect(sms.calendar).toBeNull();
    // Saturday 9:00 MDT = 15:00Z; Monday 9:00 MST = 16:00Z: 49 real hours, 48 on the consulate's clock.
    expect(reminder).toMatchObject({
      kind: 'reminder',
      not_before: '2027-11-06T15:00:00.000Z',
      only_if_still_booked: 1,
    });
    expect(Date.parse('2027-11-08T16:00:00.000Z') - Date.parse(reminder.not_before)).toBe(49 * 3_600_000);
  });

  it("keeps the first appointment's UID across reschedules and raises SEQUENCE with each change, cancellation included", async () => {
    const minuteLater = () => (now = new Date(now.getTime() + 60_000));
    const first = await book(MON_0900, 'app_ana');
    minuteLater();
    const second = (await engine.rescheduleAppointment(operator, first.id, TUE_0900, `key-${++keys}`)).body;
    minuteLater();
    const third = (await engine.rescheduleAppointment(operator, second.id, WED_0900, `key-${++keys}`)).body;
    minuteLater();
    await engine.cancelAppointment(operator, third.id, 'the caller asked');
    const notices = (await queued()).filter((r) => r.kind !== 'reminder');
    expect(
      notices.map((r) => [
        r.kind,
        r.language,
        calendarLine(r.calendar, 'UID'),
        calendarLine(r.calendar, 'SEQUENCE'),
        calendarLine(r.calendar, 'METHOD'),
      ]),
    ).toEqual([
      ['booked', 'es', `${first.id}@miconsulado`, '0', 'REQUEST'],
      ['rescheduled', 'es', `${first.id}@miconsulado`, '1', 'REQUEST'],
      ['rescheduled', 'es', `${first.id}@miconsulado`, '2', 'REQUEST'],
      ['cancelled', 'es', `${first.id}@miconsulado`, '3', 'CANCEL'],
    ]);
    expect(await t.rows(sql`select uid, sequence from calendar_sequences`)).toEqual([
      { uid: `${first.id}@miconsulado`, sequence: 3 },
    ]);
    // Each booked time has its own reminder (the worker skips those no longer booked when they fall due).
    expect((await queued()).filter((r) => r.kind === 'reminder' && r.channel === 'email')).toHaveLength(3);
  });

  it('queues a notice once however often it is recorded; tells nobody without an e-mail or a mobile; no reminder within 48 hours', async () => {
    const appointment = await book(MON_0900, 'app_ana');
    const reservationId = `hld_${appointment.id.slice(4)}`;
    const before = await queued();
    await t.transact(async (trx) => {
      const notices = createAppointmentNotices();
      await notices.record(trx, { kind: 'booked', sandbox: 'live', reservationId, at: now });
      await notices.record(trx, { kind: 'booked', sandbox: 'live', reservationId, at: now });
    });
    expect(await queued()).toEqual(before);
    expect(
      await t.rows(
        sql`select sequence from calendar_sequences where uid = ${`${appointment.id}@miconsulado`}`,
      ),
    ).toEqual([{ sequence: 0 }]);

    // A toll-free number takes no SMS, and there is no e-mail: the booking stands, nothing is queued.
    const silent = await book(TUE_0900, 'app_toll');
    expect(silent.status).toBe('booked');
    expect((await queued()).filter((r) => r.dedupe_key.includes(silent.id.slice(4)))).toEqual([]);

    // Thursday 9:00 is less than 48 hours (on Denver's clock) after Wednesday 6:00: told, never reminded.
    const soon = await book(THU_0900, 'app_grace');
    const soonRows = (await queued()).filter((r) => r.dedupe_key.includes(soon.id.slice(4)));
    expect(soonRows.map((r) => r.kind)).toEqual(['booked', 'booked']);
  });
});
