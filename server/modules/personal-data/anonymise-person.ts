/**
 * The one anonymisation of a person, written in the caller's transaction: an administrator's
 * erasure and the retention job both call it (docs/PERSONAL-DATA.md). Rows stay, so every count by
 * consulate, procedure, day and status stays; what names or reaches the person is cleared.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { tokensOf } from '../applicants';
import {
  anonymisedApplicantColumns,
  identifyingStrings,
  isAnonymised,
  scrubbedDetailsJson,
} from './anonymisation';
import type { PersonRecords } from './person-records-repository';

/** Written in place of a settled message's last error when the person's data is erased. */
export const MESSAGE_ERASED_NOTE = 'Personal data erased: never sent.';

export async function anonymisePerson(trx: Transaction<Database>, records: PersonRecords): Promise<void> {
  const { applicant } = records;
  const identifying = identifyingStrings(applicant);

  if (!isAnonymised(applicant)) {
    await trx
      .updateTable('applicants')
      .set(anonymisedApplicantColumns(applicant))
      .where('id', '=', applicant.id)
      .execute();
    // The name-search index and the vocabulary built from it lose the person's names (found by the
    // index's own key, sandbox and word first: never a scan of the whole index).
    const tokens = tokensOf({
      givenNames: applicant.given_names,
      firstSurname: applicant.first_surname,
      secondSurname: applicant.second_surname,
    });
    if (tokens.length > 0) {
      await trx
        .deleteFrom('applicant_name_tokens')
        .where('sandbox', '=', applicant.sandbox)
        .where('token', 'in', tokens)
        .where('applicant_id', '=', applicant.id)
        .execute();
      await trx
        .deleteFrom('applicant_name_token_pairs')
        .where('sandbox', '=', applicant.sandbox)
        .where('token_a', 'in', tokens)
        .where('applicant_id', '=', applicant.id)
        .execute();
      await trx
        .updateTable('name_vocabulary')
        .set({ applicant_count: sql`applicant_count - 1` })
        .where('token', 'in', tokens)
        .execute();
      await trx
        .deleteFrom('name_vocabulary')
        .where('token', 'in', tokens)
        .where('applicant_count', '<=', 0)
        .execute();
    }
  }

  const notes = records.calls.filter((c) => c.note !== null).map((c) => c.id);
  if (notes.length > 0) await trx.updateTable('calls').set({ note: null }).where('id', 'in', notes).execute();

  // The person's side of each line: the caller's number (inbound), the number dialled (outbound).
  const inbound = records.routedCalls.filter((c) => c.direction === 'inbound' && c.from_number !== '');
  const outbound = records.routedCalls.filter((c) => c.direction === 'outbound' && c.to_number !== null);
  if (inbound.length > 0)
    await trx
      .updateTable('routed_calls')
      .set({ from_number: '' })
      .where(
        'id',
        'in',
        inbound.map((c) => c.id),
      )
      .execute();
  if (outbound.length > 0)
    await trx
      .updateTable('routed_calls')
      .set({ to_number: null })
      .where(
        'id',
        'in',
        outbound.map((c) => c.id),
      )
      .execute();

  // Messages: recipients and contents go; one still queued is settled unsent (nobody to send it to).
  for (const message of records.messages) {
    const queued = message.status === 'queued';
    if (!queued && message.recipient === '' && message.text === '') continue;
    await trx
      .updateTable('outbound_messages')
      .set({
        recipient: '',
        subject: null,
        text: '',
        html: null,
        calendar: null,
        last_error: queued ? MESSAGE_ERASED_NOTE : message.last_error === null ? null : MESSAGE_ERASED_NOTE,
        ...(queued && {
          status: 'skipped' as const,
          next_attempt_at: null,
          lease_owner: null,
          lease_until: null,
        }),
      })
      .where('id', '=', message.id)
      .execute();
  }

  // The trail stays (who did what, when), without the data it may have copied (a CURP at registration).
  for (const entry of records.audit) {
    const scrubbed = scrubbedDetailsJson(entry.details_json, identifying);
    if (scrubbed !== null)
      await trx.updateTable('audit_log').set({ details_json: scrubbed }).where('id', '=', entry.id).execute();
  }
}
