import type { Kysely, Transaction } from 'kysely';
import { phoneDigits } from '../../../shared/domain/phone/phone';
import type { ApplicantRow, Database, ReservationRow, RoutedCallsTable } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** How many applicants sharing the caller's number the screen pop lists at most. */
export const MAX_CALLER_MATCHES = 20;

/** The line of a routed call (the operator's `calls` row has the same id); undefined for a dialled call. */
export async function findRoutedLine(db: Db, callId: string): Promise<RoutedCallsTable | undefined> {
  return db.selectFrom('routed_calls').selectAll().where('id', '=', callId).executeTakeFirst();
}

/** The call's live hold: held by this operator during this call and not yet expired (the latest). */
export async function findLiveHoldOfCall(
  db: Db,
  operatorId: string,
  callId: string,
  now: string,
): Promise<ReservationRow | undefined> {
  return db
    .selectFrom('reservations')
    .selectAll()
    .where('held_by', '=', operatorId)
    .where('status', '=', 'held')
    .where('call_id', '=', callId)
    .where('expires_at', '>', now)
    .orderBy('held_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Applicants whose phone is this number (E.164), among the sandboxes the call may read: the same
 * index as the search by phone (`phone_digits_reversed`), then the whole number compared.
 */
export async function findApplicantsByPhone(
  db: Db,
  sandboxes: string[],
  e164: string,
): Promise<ApplicantRow[]> {
  const reversed = [...phoneDigits(e164)].reverse().join('');
  return db
    .selectFrom('applicants')
    .selectAll()
    .where('sandbox', 'in', sandboxes)
    .where('phone_digits_reversed', '=', reversed)
    .where('phone', '=', e164)
    .orderBy('first_surname')
    .orderBy('given_names')
    .orderBy('id')
    .limit(MAX_CALLER_MATCHES)
    .execute();
}
