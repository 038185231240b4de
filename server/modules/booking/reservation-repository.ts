import { sql, type ExpressionBuilder, type Insertable, type Kysely, type Transaction } from 'kysely';
import { locksRowsRead } from '../../platform/db/row-locks';
import type {
  Database,
  ReservationRow,
  ReservationStatus,
  ReservationsTable,
} from '../../platform/db/schema';
import type { AppointmentClosureColumns } from './appointment-closure';

type Db = Kysely<Database> | Transaction<Database>;

// Status constants are written into the SQL, not bound: SQLite can only match a partial index
// (`where status = 'held'`) against a literal, and re-prepares the statement on every run otherwise.
const HELD = sql.lit<ReservationStatus>('held');
const BOOKED = sql.lit<ReservationStatus>('booked');

export async function insertReservation(
  trx: Transaction<Database>,
  row: Insertable<ReservationsTable>,
): Promise<void> {
  await trx.insertInto('reservations').values(row).execute();
}

export async function findReservation(
  db: Db,
  sandbox: string,
  id: string,
): Promise<ReservationRow | undefined> {
  // Commands read a reservation to decide what to write: locked on PostgreSQL (db/row-locks.ts).
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', '=', sandbox)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

/**
 * Reservations `r` of a booking group. A booking made before groups existed may carry its own
 * procedure as its group (migration 0008 keeps a person's second passport booking so): still a passport.
 */
const inGroup = (eb: ExpressionBuilder<Database & { r: ReservationsTable }, 'r'>, bookingGroup: string) =>
  eb.or([
    eb('r.booking_group', '=', bookingGroup),
    eb(
      'r.procedure_id',
      'in',
      eb.selectFrom('procedures').select('id').where('booking_group', '=', bookingGroup),
    ),
  ]);

/** A reservation that counts as active, with what a message needs to name it. */
export interface ActiveReservation extends ReservationRow {
  local_start: string;
}

/**
 * The applicant's active reservation in a booking group (the passports share one): a booking that
 * has not lapsed, or a hold that is not a reschedule's new seat. The same rows the unique index
 * `reservations_one_active_per_applicant_group` counts, and bookings of the group's procedures made
 * before groups existed. Lapse past bookings first (`findPastBookingsToLapse`).
 */
export async function findActiveFor(
  db: Db,
  sandbox: string,
  applicantId: string,
  bookingGroup: string,
): Promise<ActiveReservation | undefined> {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .selectAll('r')
    .select('s.local_start')
    .where('r.sandbox', '=', sandbox)
    .where('r.applicant_id', '=', applicantId)
    .where((eb) => inGroup(eb, bookingGroup))
    .where((eb) =>
      eb.or([
        eb.and([eb('r.status', '=', BOOKED), eb('r.lapsed_at', 'is', null)]),
        eb.and([eb('r.status', '=', HELD), eb('r.replaces_id', 'is', null)]),
      ]),
    )
    .orderBy('s.start_at')
    .executeTakeFirst();
}

/** The applicant's bookings of a group whose slot has started (`now` or earlier) and that still count as active. */
export async function findPastBookingsToLapse(
  db: Db,
  sandbox: string,
  applicantId: string,
  bookingGroup: string,
  now: string,
): Promise<ReservationRow[]> {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .selectAll('r')
    .where('r.sandbox', '=', sandbox)
    .where('r.applicant_id', '=', applicantId)
    .where((eb) => inGroup(eb, bookingGroup))
    .where('r.status', '=', BOOKED)
    .where('r.lapsed_at', 'is', null)
    .where('s.start_at', '<=', now)
    .$if(locksRowsRead(db), (q) => q.forUpdate('r'))
    .execute();
}

/** Marks a booking whose time has passed as lapsed: it stays booked (history is not rewritten) but blocks nothing. */
export async function markLapsed(trx: Transaction<Database>, id: string, now: string): Promise<boolean> {
  const result = await trx
    .updateTable('reservations')
    .set({ lapsed_at: now })
    .where('id', '=', id)
    .where('status', '=', BOOKED)
    .where('lapsed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A booking of the applicant's, with its slot's consulate-local facts: what a chained visit is checked against. */
export interface BookingOnDate {
  id: string;
  slot_id: string;
  appointment_id: string;
  confirmation_code: string;
  procedure_id: string;
  consulate_id: string;
  local_date: string;
  local_start: string;
  start_at: string;
}

/**
 * The applicant's bookings of a procedure (lapsed ones too: a review already attended still counts
 * for the registration after it), soonest first, optionally leaving one reservation out.
 */
export async function findBookingsOf(
  db: Db,
  sandbox: string,
  applicantId: string,
  procedureId: string,
  exceptId: string | null = null,
): Promise<BookingOnDate[]> {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select([
      'r.id',
      'r.slot_id',
      's.consulate_id',
      'r.procedure_id',
      's.local_date',
      's.local_start',
      's.start_at',
    ])
    .select((eb) => [
      eb.fn.coalesce('r.appointment_id', sql.lit('')).as('appointment_id'),
      eb.fn.coalesce('r.confirmation_code', sql.lit('')).as('confirmation_code'),
    ])
    .where('r.sandbox', '=', sandbox)
    .where('r.applicant_id', '=', applicantId)
    .where('r.procedure_id', '=', procedureId)
    .where('r.status', '=', BOOKED)
    .$if(exceptId !== null, (q) => q.where('r.id', '<>', exceptId as string))
    .orderBy('s.start_at')
    .execute();
}

/**
 * The applicant's active bookings that follow a procedure (a birth registration after its review)
 * and have not started: what cancelling or moving that procedure's booking may break.
 */
export async function findFollowingBookings(
  db: Db,
  sandbox: string,
  applicantId: string,
  prerequisiteProcedureId: string,
  now: string,
): Promise<BookingOnDate[]> {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('procedures as p', 'p.id', 'r.procedure_id')
    .select([
      'r.id',
      'r.slot_id',
      's.consulate_id',
      'r.procedure_id',
      's.local_date',
      's.local_start',
      's.start_at',
    ])
    .select((eb) => [
      eb.fn.coalesce('r.appointment_id', sql.lit('')).as('appointment_id'),
      eb.fn.coalesce('r.confirmation_code', sql.lit('')).as('confirmation_code'),
    ])
    .where('r.sandbox', '=', sandbox)
    .where('r.applicant_id', '=', applicantId)
    .where('p.requires_procedure_id', '=', prerequisiteProcedureId)
    .where('r.status', '=', BOOKED)
    .where('r.lapsed_at', 'is', null)
    .where('s.start_at', '>', now)
    .orderBy('s.start_at')
    .execute();
}

/** Moves a hold's expiry, while it is still held. */
export async function setHoldExpiry(
  trx: Transaction<Database>,
  id: string,
  expiresAt: string,
): Promise<void> {
  await trx
    .updateTable('reservations')
    .set({ expires_at: expiresAt })
    .where('id', '=', id)
    .where('status', '=', HELD)
    .execute();
}

export async function countLiveHoldsOf(db: Db, userId: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('reservations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', HELD)
    .where('held_by', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isConfirmationCodeTaken(db: Db, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('reservations')
    .select('id')
    .where('confirmation_code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** Holds whose time has run out, oldest first, at most `limit`. */
export async function findExpiredHolds(db: Db, now: string, limit: number): Promise<ReservationRow[]> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('status', '=', HELD)
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

/** Overdue holds that stand in a new hold's way: on its slot, or of its applicant and booking group. */
export async function findExpiredHoldsBlocking(
  db: Db,
  now: string,
  sandbox: string,
  hold: { slotId: string; applicantId: string; bookingGroup: string },
): Promise<ReservationRow[]> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('status', '=', HELD)
    .where('expires_at', '<=', now)
    .where('sandbox', '=', sandbox)
    .where((eb) =>
      eb.or([
        eb('slot_id', '=', hold.slotId),
        eb.and([eb('applicant_id', '=', hold.applicantId), eb('booking_group', '=', hold.bookingGroup)]),
      ]),
    )
    .execute();
}

export interface AppointmentView extends ReservationRow, AppointmentClosureColumns {
  start_at: string;
  local_start: string;
  rescheduled_to: string | null;
}

/** An applicant's appointments, soonest first, with their slot's times. */
export async function listAppointmentsOf(
  db: Db,
  sandbox: string,
  applicantId: string,
): Promise<AppointmentView[]> {
  return appointmentQuery(db, sandbox)
    .where('r.applicant_id', '=', applicantId)
    .orderBy('s.start_at')
    .execute();
}

export async function findAppointmentView(
  db: Db,
  sandbox: string,
  appointmentId: string,
): Promise<AppointmentView | undefined> {
  return appointmentQuery(db, sandbox).where('r.appointment_id', '=', appointmentId).executeTakeFirst();
}

function appointmentQuery(db: Db, sandbox: string) {
  return (
    db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      // The closure in force on the appointment's consulate-local day, in the same query.
      .leftJoin('closed_days as c', (join) =>
        join
          .onRef('c.consulate_id', '=', 's.consulate_id')
          .onRef('c.local_date', '=', 's.local_date')
          .on('c.reopened_at', 'is', null),
      )
      .selectAll('r')
      .select(['s.start_at', 's.local_start'])
      .select([
        'c.reason_es as closure_reason_es',
        'c.reason_en as closure_reason_en',
        'c.closed_at as closure_closed_at',
        'c.kind as closure_kind',
      ])
      .select((eb) =>
        eb
          .selectFrom('reservations as n')
          .select('n.appointment_id')
          .whereRef('n.replaces_id', '=', 'r.id')
          .where('n.status', '=', 'booked')
          .limit(1)
          .as('rescheduled_to'),
      )
      .where('r.sandbox', '=', sandbox)
      .where('r.appointment_id', 'is not', null)
  );
}
