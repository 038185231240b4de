import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { locksRowsRead } from '../db/row-locks';
import type { Database, ReservationRow, ReservationStatus, ReservationsTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

// Status constants are written into the SQL, not bound: SQLite can only match a partial index
// (`where status = 'held'`) against a literal, and re-prepares the statement on every run otherwise.
const HELD = sql.lit<ReservationStatus>('held');
const BOOKED = sql.lit<ReservationStatus>('booked');

export async function insertReservation(trx: Transaction<Database>, row: Insertable<ReservationsTable>): Promise<void> {
  await trx.insertInto('reservations').values(row).execute();
}

export async function findReservation(db: Db, sandbox: string, id: string): Promise<ReservationRow | undefined> {
  // Commands read a reservation to decide what to write: locked on PostgreSQL (db/row-locks.ts).
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('id', '=', id)
    .where('sandbox', '=', sandbox)
    .$if(locksRowsRead(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function findActiveFor(db: Db, sandbox: string, applicantId: string, procedureId: string): Promise<ReservationRow | undefined> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('sandbox', '=', sandbox)
    .where('applicant_id', '=', applicantId)
    .where('procedure_id', '=', procedureId)
    .where((eb) => eb.or([eb('status', '=', BOOKED), eb.and([eb('status', '=', HELD), eb('replaces_id', 'is', null)])]))
    .executeTakeFirst();
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
  const row = await db.selectFrom('reservations').select('id').where('confirmation_code', '=', code).executeTakeFirst();
  return row !== undefined;
}

/** Holds whose time has run out, oldest first, at most `limit`. */
export async function findExpiredHolds(db: Db, now: string, limit: number): Promise<ReservationRow[]> {
  return db.selectFrom('reservations').selectAll().where('status', '=', HELD).where('expires_at', '<=', now).orderBy('expires_at').limit(limit).execute();
}

/** Overdue holds that stand in a new hold's way: on its slot, or of its applicant and procedure. */
export async function findExpiredHoldsBlocking(db: Db, now: string, sandbox: string, hold: { slotId: string; applicantId: string; procedureId: string }): Promise<ReservationRow[]> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('status', '=', HELD)
    .where('expires_at', '<=', now)
    .where('sandbox', '=', sandbox)
    .where((eb) => eb.or([eb('slot_id', '=', hold.slotId), eb.and([eb('applicant_id', '=', hold.applicantId), eb('procedure_id', '=', hold.procedureId)])]))
    .execute();
}

export interface AppointmentView extends ReservationRow {
  start_at: string;
  local_start: string;
  rescheduled_to: string | null;
}

/** An applicant's appointments, soonest first, with their slot's times. */
export async function listAppointmentsOf(db: Db, sandbox: string, applicantId: string): Promise<AppointmentView[]> {
  return appointmentQuery(db, sandbox).where('r.applicant_id', '=', applicantId).orderBy('s.start_at').execute();
}

export async function findAppointmentView(db: Db, sandbox: string, appointmentId: string): Promise<AppointmentView | undefined> {
  return appointmentQuery(db, sandbox).where('r.appointment_id', '=', appointmentId).executeTakeFirst();
}

function appointmentQuery(db: Db, sandbox: string) {
  return db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .selectAll('r')
    .select(['s.start_at', 's.local_start'])
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
    .where('r.appointment_id', 'is not', null);
}
