import { sql, type Transaction } from 'kysely';
import type { FeeCurrency } from '../../../../shared/domain/fees/fees-in-force';
import type { Database } from '../../../platform/db/schema';

type Trx = Transaction<Database>;

/** A reservation with everything its notice says: slot, consulate, applicant, procedure, the day's closure. */
export async function findNoticeFacts(trx: Trx, sandbox: string, reservationId: string) {
  return trx
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .innerJoin('consulates as c', 'c.id', 's.consulate_id')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .innerJoin('procedures as p', 'p.id', 'r.procedure_id')
    .leftJoin('closed_days as cd', (join) =>
      join
        .onRef('cd.consulate_id', '=', 's.consulate_id')
        .onRef('cd.local_date', '=', 's.local_date')
        .on('cd.reopened_at', 'is', null),
    )
    .select([
      'r.id',
      'r.appointment_id',
      'r.confirmation_code',
      'r.replaces_id',
      'r.expires_at',
      'r.procedure_id',
      's.start_at',
      's.end_at',
      's.local_start',
      's.local_date',
      'c.id as consulate_id',
      'c.name as consulate_name',
      'c.city as consulate_city',
      'c.country as consulate_country',
      'c.time_zone',
      'c.address as consulate_address',
      'a.given_names',
      'a.first_surname',
      'a.second_surname',
      'a.email',
      'a.phone',
      'a.language',
      'p.name_es',
      'p.name_en',
      'p.requirements_json',
      'cd.reason_es as closure_reason_es',
      'cd.reason_en as closure_reason_en',
    ])
    .where('r.id', '=', reservationId)
    .where('r.sandbox', '=', sandbox)
    .executeTakeFirst();
}

export type NoticeFacts = NonNullable<Awaited<ReturnType<typeof findNoticeFacts>>>;

/** The time a rescheduled appointment had before (the reservation it replaced). */
export async function findReplacedTime(trx: Trx, reservationId: string) {
  return trx
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['s.start_at', 's.local_start'])
    .where('r.id', '=', reservationId)
    .executeTakeFirst();
}

/**
 * The first reservation of a reschedule chain (each new appointment's `replaces_id` names the one it
 * replaced): its id makes the calendar UID that stays the same for the appointment's life.
 */
export async function chainRootOf(
  trx: Trx,
  reservationId: string,
  replacesId: string | null,
): Promise<string> {
  let root = reservationId;
  let next = replacesId;
  const seen = new Set([root]);
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    root = next;
    const row = await trx
      .selectFrom('reservations')
      .select('replaces_id')
      .where('id', '=', next)
      .executeTakeFirst();
    next = row?.replaces_id ?? null;
  }
  return root;
}

/** The procedure's fee lines in a currency that may be in force on `date` (the schedules up to it). */
export async function feeLinesUpTo(trx: Trx, procedureId: string, currency: FeeCurrency, date: string) {
  return trx
    .selectFrom('fee_schedule')
    .select(['label_es', 'label_en', 'currency', 'amount_cents', 'effective_from'])
    .where('procedure_id', '=', procedureId)
    .where('currency', '=', currency)
    .where('effective_from', '<=', date)
    .orderBy('sort_order')
    .execute();
}

/** The SEQUENCE a UID has now, without changing it (0 when it has none yet). */
export async function currentSequence(trx: Trx, uid: string): Promise<number> {
  const row = await trx
    .selectFrom('calendar_sequences')
    .select('sequence')
    .where('uid', '=', uid)
    .executeTakeFirst();
  return row ? Number(row.sequence) : 0;
}

/**
 * A new appointment's UID starts at SEQUENCE 0, kept as it is when the row exists (a repeated call):
 * one statement (the no-op update makes RETURNING answer the existing row).
 */
export async function startSequence(trx: Trx, uid: string): Promise<number> {
  const row = await trx
    .insertInto('calendar_sequences')
    .values({ uid, sequence: 0 })
    .onConflict((oc) => oc.column('uid').doUpdateSet({ sequence: sql`calendar_sequences.sequence` }))
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return Number(row.sequence);
}

/**
 * Raises the UID's SEQUENCE by one for a change of its event (a reschedule, a cancellation, a closed
 * day) and answers the new value; a UID booked before sequences were kept starts at 1.
 */
export async function raiseSequence(trx: Trx, uid: string): Promise<number> {
  const row = await trx
    .insertInto('calendar_sequences')
    .values({ uid, sequence: 1 })
    .onConflict((oc) => oc.column('uid').doUpdateSet({ sequence: sql`calendar_sequences.sequence + 1` }))
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return Number(row.sequence);
}
