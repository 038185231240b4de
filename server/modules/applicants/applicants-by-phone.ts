import type { Kysely, Transaction } from 'kysely';
import { phoneDigits } from '../../../shared/domain/phone/phone';
import type { ApplicantRow, Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** How many applicants sharing a caller's number a screen pop (an offer, the operator's call) lists at most. */
export const MAX_CALLER_MATCHES = 20;

/**
 * Applicants whose phone is this number (E.164), among the sandboxes the call may read: the same
 * index as the search by phone (`phone_digits_reversed`), then the whole number compared. One lookup
 * for the offer's `matches` and the operator's call.
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
