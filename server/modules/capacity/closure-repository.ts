import { sql, type Kysely, type Transaction } from 'kysely';
import type { AffectedAppointment } from '../../../shared/api/capacity';
import { LIVE_SANDBOX, practiceSandboxOf } from '../../kernel/actor';
import { presentAppointment } from '../booking';
import type { Database } from '../../platform/db/schema';
import type { SeatCounts } from '../slots';
import { consulateDay } from './day-slots';

type Db = Kysely<Database> | Transaction<Database>;

/** The day's closure in force (a reopened day has none). */
export async function findClosure(db: Db, consulateId: string, date: string) {
  return db
    .selectFrom('closed_days')
    .selectAll()
    .where('consulate_id', '=', consulateId)
    .where('local_date', '=', date)
    .where('reopened_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Records a lead's closure unless the day is already closed; false when it was. A day closed
 * before and reopened since is closed again on its row: kind `closure`, the new reason and author.
 */
export async function insertClosure(
  trx: Transaction<Database>,
  closure: { consulateId: string; date: string; reason: string; closedBy: string; closedAt: string },
): Promise<boolean> {
  const row = {
    reason_es: closure.reason,
    reason_en: closure.reason,
    closed_by: closure.closedBy,
    closed_at: closure.closedAt,
    kind: 'closure' as const,
  };
  const result = await trx
    .insertInto('closed_days')
    .values({ consulate_id: closure.consulateId, local_date: closure.date, ...row })
    .onConflict((oc) =>
      oc
        .columns(['consulate_id', 'local_date'])
        .doUpdateSet({ ...row, reopened_at: null, reopened_by: null, reopen_reason: null })
        .where('closed_days.reopened_at', 'is not', null),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Reopens the day's closure in force; the row it reopened, or undefined when the day was open. */
export async function reopenClosure(
  trx: Transaction<Database>,
  reopening: { consulateId: string; date: string; reason: string; reopenedBy: string; reopenedAt: string },
) {
  return trx
    .updateTable('closed_days')
    .set({
      reopened_at: reopening.reopenedAt,
      reopened_by: reopening.reopenedBy,
      reopen_reason: reopening.reason,
    })
    .where('consulate_id', '=', reopening.consulateId)
    .where('local_date', '=', reopening.date)
    .where('reopened_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Live holds on the day's slots that have not run out. */
export async function countLiveHoldsOn(
  db: Db,
  consulateId: string,
  date: string,
  now: string,
): Promise<number> {
  const row = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.sandbox', '=', LIVE_SANDBOX)
    .where('r.status', '=', sql.lit('held'))
    .where('r.expires_at', '>', now)
    .where('s.consulate_id', '=', consulateId)
    .where('s.local_date', '=', date)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The day's booked live appointments, by start, with what outreach needs to call the applicant. */
export async function bookedAppointmentsOn(
  db: Db,
  consulateId: string,
  date: string,
): Promise<AffectedAppointment[]> {
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .leftJoin('closed_days as c', (join) =>
      join
        .onRef('c.consulate_id', '=', 's.consulate_id')
        .onRef('c.local_date', '=', 's.local_date')
        .on('c.reopened_at', 'is', null),
    )
    .selectAll('r')
    .select([
      's.start_at',
      's.local_start',
      'a.given_names',
      'a.first_surname',
      'a.second_surname',
      'a.phone',
      'a.email',
    ])
    .select([
      'c.reason_es as closure_reason_es',
      'c.reason_en as closure_reason_en',
      'c.closed_at as closure_closed_at',
      'c.kind as closure_kind',
    ])
    .where('r.sandbox', '=', LIVE_SANDBOX)
    .where('r.status', '=', sql.lit('booked'))
    .where('s.consulate_id', '=', consulateId)
    .where('s.local_date', '=', date)
    .orderBy('s.start_at')
    .orderBy('r.appointment_id')
    .execute();
  return rows.map((r) => ({
    ...presentAppointment({ ...r, rescheduled_to: null }),
    applicantName: [r.given_names, r.first_surname, r.second_surname].filter(Boolean).join(' '),
    phone: r.phone,
    email: r.email,
  }));
}

/** How many holds were live when the day closed, as its audit entry recorded (0 for holidays). */
export async function liveHoldsAtClosure(db: Db, consulateId: string, date: string): Promise<number> {
  const entity = consulateDay(consulateId, date);
  const row = await db
    .selectFrom('audit_log')
    .select('details_json')
    .where('action', '=', 'capacity.day_closed')
    .where('entity_type', '=', entity.type)
    .where('entity_id', '=', entity.id)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return 0;
  const liveHolds = (JSON.parse(row.details_json) as { liveHolds?: unknown }).liveHolds;
  return typeof liveHolds === 'number' ? liveHolds : 0;
}

/**
 * The practice sandbox of everyone who takes calls (trainees always practise; operators and leads
 * when their console is in practice mode): the office is closed for them too.
 */
export async function practiceSandboxes(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', 'in', ['operator', 'lead', 'trainee'])
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => practiceSandboxOf(r.id));
}

/** The practice counters of these slots, in every sandbox that has touched them, by `sandbox|slotId`. */
export async function practiceSeatsOf(db: Db, slotIds: readonly string[]): Promise<Map<string, SeatCounts>> {
  if (slotIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('practice_seats as p')
    .innerJoin('slots as s', 's.id', 'p.slot_id')
    .select(['p.sandbox', 'p.slot_id', 's.consulate_id', 'p.capacity', 'p.held', 'p.booked'])
    .where('p.slot_id', 'in', [...slotIds])
    .execute();
  return new Map(
    rows.map((r) => [
      `${r.sandbox}|${r.slot_id}`,
      {
        slotId: r.slot_id,
        consulateId: r.consulate_id,
        capacity: Number(r.capacity),
        held: Number(r.held),
        booked: Number(r.booked),
      },
    ]),
  );
}
