import type { OutboundMessageRow } from '../../platform/db/schema';
import type { OutboundMessage } from '../../../shared/api/messages';

/** A queue row as the leads read it (GET /api/messages): never the lease's internals. */
export function presentMessage(row: OutboundMessageRow): OutboundMessage {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    language: row.language,
    subject: row.subject,
    text: row.text,
    calendar: row.calendar,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    appointmentId: row.appointment_id,
    createdAt: row.created_at,
    notBefore: row.not_before,
    nextAttemptAt: row.status === 'queued' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
  };
}
