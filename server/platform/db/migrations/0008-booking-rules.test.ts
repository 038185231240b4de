import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

// The migration lapses bookings whose slot started before it ran, by the real clock: the fixtures
// are placed around the time the test runs, whatever the date.
const DAY = 86_400_000;
const instant = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const YESTERDAY = instant(-DAY);
const NEXT_WEEK = instant(7 * DAY);
const NEXT_MONTH = instant(30 * DAY);
const HELD_AT = instant(-10 * DAY);

describeEachDialect('migration 0008-booking-rules', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0007-day-closures' });
    await t.exec(`
      insert into consulates (id, name, city, region, country, time_zone, size) values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order) values
        ('passport-first', 'Pasaporte', 'Passport', 20, '[]', null, 10),
        ('passport-renewal', 'Renovación', 'Renewal', 15, '[]', null, 20),
        ('passport-minor', 'Pasaporte menores', 'Minor passport', 30, '[]', null, 30),
        ('matricula', 'Matrícula', 'Matrícula', 15, '[]', null, 40);
      insert into applicants (id, sandbox, curp, given_names, first_surname, birth_date, created_at) values
        ('app_ana', 'live', 'AAAA850505MSRRRR01', 'Ana', 'Aguilar', '1985-05-05', '${HELD_AT}'),
        ('app_beto', 'live', 'BBBB850505HSRRRR02', 'Beto', 'Barrera', '1985-05-05', '${HELD_AT}');
      insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity, held, booked) values
        ('s_past', 'PHX', '${YESTERDAY.slice(0, 10)}', '${YESTERDAY.slice(0, 16)}', '${YESTERDAY}', '${YESTERDAY}', 5, 0, 2),
        ('s_week', 'PHX', '${NEXT_WEEK.slice(0, 10)}', '${NEXT_WEEK.slice(0, 16)}', '${NEXT_WEEK}', '${NEXT_WEEK}', 5, 1, 3),
        ('s_month', 'PHX', '${NEXT_MONTH.slice(0, 10)}', '${NEXT_MONTH.slice(0, 16)}', '${NEXT_MONTH}', '${NEXT_MONTH}', 5, 0, 1);
    `);
    // Under the old rule (one per procedure): Ana has yesterday's matrícula, and two passport
    // bookings of different procedures, the renewal taken first; Beto a passport and a held matrícula.
    await insertReservation({
      id: 'r_past_matricula',
      applicant: 'app_ana',
      procedure: 'matricula',
      slot: 's_past',
      status: 'booked',
    });
    await insertReservation({
      id: 'r_ana_first',
      applicant: 'app_ana',
      procedure: 'passport-first',
      slot: 's_week',
      status: 'booked',
      heldAt: instant(-2 * DAY),
    });
    await insertReservation({
      id: 'r_ana_renewal',
      applicant: 'app_ana',
      procedure: 'passport-renewal',
      slot: 's_month',
      status: 'booked',
      heldAt: instant(-3 * DAY),
    });
    await insertReservation({
      id: 'r_beto_past_passport',
      applicant: 'app_beto',
      procedure: 'passport-first',
      slot: 's_past',
      status: 'booked',
    });
    await insertReservation({
      id: 'r_beto_passport',
      applicant: 'app_beto',
      procedure: 'passport-renewal',
      slot: 's_week',
      status: 'booked',
    });
    await insertReservation({
      id: 'r_beto_matricula',
      applicant: 'app_beto',
      procedure: 'matricula',
      slot: 's_week',
      status: 'held',
    });
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0008-booking-rules' })).toEqual([
      '0008-booking-rules',
    ]);
  });

  let codes = 0;
  function insertReservation(r: {
    id: string;
    applicant: string;
    procedure: string;
    slot: string;
    status: string;
    heldAt?: string;
    group?: string;
    lapsedAt?: string | null;
    replaces?: string;
  }) {
    const booked = r.status !== 'held';
    const code = booked ? `C${String(++codes).padStart(6, '0')}` : null;
    const group = r.group === undefined ? sql`` : sql`, booking_group, lapsed_at`;
    const groupValues = r.group === undefined ? sql`` : sql`, ${r.group}, ${r.lapsedAt ?? null}`;
    return t.rows(sql`
      insert into reservations (id, appointment_id, confirmation_code, sandbox, slot_id, consulate_id, applicant_id, procedure_id, status, replaces_id, expires_at, held_by, held_at ${group})
      values (${r.id}, ${booked ? `apt_${r.id}` : null}, ${code}, 'live', ${r.slot}, 'PHX', ${r.applicant}, ${r.procedure}, ${r.status}, ${r.replaces ?? null}, ${NEXT_MONTH}, 'usr_op', ${r.heldAt ?? HELD_AT} ${groupValues})`);
  }

  const reservation = (id: string) =>
    t.row<{ booking_group: string; lapsed_at: string | null; status: string }>(
      sql`select booking_group, lapsed_at, status from reservations where id = ${id}`,
    );

  it('gives every procedure its group: the three passports share one, the rest their own id', async () => {
    const rows = await t.rows<{
      id: string;
      booking_group: string;
      min_age: number | null;
      no_curp_reasons_json: string;
    }>(sql`select id, booking_group, min_age, no_curp_reasons_json from procedures order by sort_order`);
    expect(rows.map((r) => [r.id, r.booking_group])).toEqual([
      ['passport-first', 'passport'],
      ['passport-renewal', 'passport'],
      ['passport-minor', 'passport'],
      ['matricula', 'matricula'],
    ]);
    // No age rule and no case without a CURP until the reference data says so (written at every start).
    expect(rows.every((r) => r.min_age === null && r.no_curp_reasons_json === '[]')).toBe(true);
  });

  it('gives every consulate the default booking settings: 92 days ahead, 60 minutes lead, 7 days between chained visits', async () => {
    expect(
      await t.row(sql`select booking_horizon_days, min_lead_minutes, prerequisite_gap_days from consulates`),
    ).toEqual({ booking_horizon_days: 92, min_lead_minutes: 60, prerequisite_gap_days: 7 });
    expect(
      isCheckViolation(await refusalOf(() => t.rows(sql`update consulates set booking_horizon_days = 0`))),
    ).toBe(true);
    expect(
      isCheckViolation(await refusalOf(() => t.rows(sql`update consulates set min_lead_minutes = -1`))),
    ).toBe(true);
  });

  it('lapses the bookings whose time had passed, and only those; nothing is cancelled', async () => {
    expect(await reservation('r_past_matricula')).toEqual({
      booking_group: 'matricula',
      lapsed_at: expect.any(String),
      status: 'booked',
    });
    expect(await reservation('r_beto_past_passport')).toMatchObject({
      lapsed_at: expect.any(String),
      status: 'booked',
    });
    expect(await reservation('r_ana_first')).toMatchObject({ lapsed_at: null, status: 'booked' });
    expect(await reservation('r_beto_matricula')).toMatchObject({
      booking_group: 'matricula',
      lapsed_at: null,
      status: 'held',
    });
  });

  it("keeps a person's two passport bookings of the old rule: the first taken keeps the group, the other its own procedure", async () => {
    expect(await reservation('r_ana_renewal')).toMatchObject({ booking_group: 'passport', status: 'booked' });
    expect(await reservation('r_ana_first')).toMatchObject({
      booking_group: 'passport-first',
      status: 'booked',
    });
    // Beto's past passport lapsed, so his coming one was never a second active one.
    expect(await reservation('r_beto_passport')).toMatchObject({
      booking_group: 'passport',
      lapsed_at: null,
    });
  });

  it('refuses a second active booking of the same group for one person, whatever the procedure', async () => {
    const refusal = await refusalOf(() =>
      insertReservation({
        id: 'r_beto_minor',
        applicant: 'app_beto',
        procedure: 'passport-minor',
        slot: 's_month',
        status: 'booked',
        group: 'passport',
      }),
    );
    expect(isUniqueViolation(refusal)).toBe(true);
    const heldRefusal = await refusalOf(() =>
      insertReservation({
        id: 'r_beto_minor_hold',
        applicant: 'app_beto',
        procedure: 'passport-first',
        slot: 's_month',
        status: 'held',
        group: 'passport',
      }),
    );
    expect(isUniqueViolation(heldRefusal)).toBe(true);
    // Another person, or another group, is free.
    await insertReservation({
      id: 'r_ana_other',
      applicant: 'app_ana',
      procedure: 'matricula',
      slot: 's_month',
      status: 'booked',
      group: 'matricula',
    });
  });

  it("ignores lapsed bookings and a reschedule's held seat", async () => {
    // Ana's matrícula of yesterday has lapsed: a new one is allowed beside it.
    await insertReservation({
      id: 'r_ana_new_matricula',
      applicant: 'app_ana',
      procedure: 'matricula',
      slot: 's_month',
      status: 'booked',
      group: 'matricula',
    });
    // A seat held to reschedule Beto's passport does not count until it replaces the booking.
    await insertReservation({
      id: 'r_beto_move',
      applicant: 'app_beto',
      procedure: 'passport-renewal',
      slot: 's_month',
      status: 'held',
      group: 'passport',
      replaces: 'r_beto_passport',
    });
    // Once his booking lapses, another passport booking is allowed.
    await t.rows(sql`update reservations set lapsed_at = ${YESTERDAY} where id = 'r_beto_passport'`);
    await insertReservation({
      id: 'r_beto_next',
      applicant: 'app_beto',
      procedure: 'passport-minor',
      slot: 's_month',
      status: 'booked',
      group: 'passport',
    });
    // A lapsed booking that came back to life would be a second active one.
    expect(
      isUniqueViolation(
        await refusalOf(() =>
          t.rows(sql`update reservations set lapsed_at = null where id = 'r_beto_passport'`),
        ),
      ),
    ).toBe(true);
  });
});
