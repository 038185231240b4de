import type { Transaction } from 'kysely';
import { isPractice } from '../../../kernel/actor';
import { newId } from '../../../kernel/ids';
import type { Database } from '../../../platform/db/schema';
import type { NewOutboundMessage } from '../message-types';

/**
 * Rows written since this process started: the composition root compares it after each unit of
 * work to wake this instance's worker right after an enqueue commits (other instances poll).
 */
let enqueuedInThisProcess = 0;
export const enqueuedCount = () => enqueuedInThisProcess;

/** Rows per INSERT: well under SQLite's 32,766 bound parameters (19 columns a row). */
const CHUNK = 500;

/**
 * Queues messages in the caller's transaction: they exist if and only if the change that causes
 * them commits. A row whose `dedupeKey` is already queued is ignored (one message per notice,
 * channel and recipient, however often the notice is recorded). Practice never writes to real
 * people: a practice sandbox's rows are `kept`, readable but never sent. Answers how many rows were new.
 */
export async function enqueueMessages(
  trx: Transaction<Database>,
  rows: readonly NewOutboundMessage[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const values = rows.slice(start, start + CHUNK).map((row) => {
      const kept = isPractice(row.sandbox);
      return {
        id: newId('msg'),
        dedupe_key: row.dedupeKey,
        sandbox: row.sandbox,
        kind: row.kind,
        channel: row.channel,
        recipient: row.recipient,
        language: row.language,
        subject: row.subject,
        text: row.text,
        html: row.html,
        calendar: row.calendar,
        calendar_method: row.calendarMethod,
        reservation_id: row.reservationId,
        appointment_id: row.appointmentId,
        not_before: row.notBefore,
        only_if_still_booked: row.onlyIfStillBooked ? 1 : 0,
        created_at: row.createdAt,
        status: kept ? ('kept' as const) : ('queued' as const),
        next_attempt_at: kept ? null : row.notBefore,
        last_error: kept ? 'Practice: messages of a practice sandbox are never sent.' : null,
      };
    });
    const result = await trx
      .insertInto('outbound_messages')
      .values(values)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  if (rows.length > 0) enqueuedInThisProcess++;
  return inserted;
}
