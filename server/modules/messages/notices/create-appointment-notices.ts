import type { AppointmentNotice, AppointmentNotices } from '../../booking';
import { composeNoticeMessages } from '../content/compose-notice';
import type { ComposedMessage, NewOutboundMessage, NoticeSnapshot } from '../message-types';
import { enqueueMessages } from '../queue/message-queue';
import { readNoticeSnapshot } from './read-notice-snapshot';
import { reminderDue } from './reminder-time';

/**
 * The AppointmentNotices port (booking, capacity and the waitlist call it inside their own
 * transaction): reads the notice's facts, composes its messages in the applicant's language and
 * queues them in that same transaction, so they are queued if and only if the change commits. A
 * booking or a reschedule also queues its reminder, 48 hours before on the consulate's clock, sent
 * only if the appointment is still booked on an open day then. An applicant with neither an e-mail
 * address nor a number that takes SMS is told nothing, and the change goes on.
 */
export function createAppointmentNotices(): AppointmentNotices {
  return {
    async record(trx, notice) {
      const snapshot = await readNoticeSnapshot(trx, notice);
      if (!snapshot) return;
      const rows = rowsOf(notice, snapshot, composeNoticeMessages(snapshot), {
        notBefore: notice.at,
        onlyIfStillBooked: false,
      });
      if (notice.kind === 'booked' || notice.kind === 'rescheduled') {
        const remindAt = reminderDue(snapshot.appointment.localStart, snapshot.consulate.timeZone, notice.at);
        if (remindAt) {
          const reminder: NoticeSnapshot = { ...snapshot, kind: 'reminder' };
          rows.push(
            ...rowsOf(notice, reminder, composeNoticeMessages(reminder), {
              notBefore: remindAt,
              onlyIfStillBooked: true,
            }),
          );
        }
      }
      if (rows.length > 0) await enqueueMessages(trx, rows);
    },
  };
}

/** One queue row per composed message; `<kind>:<reservationId>:<channel>` keeps a repeated notice to one. */
function rowsOf(
  notice: AppointmentNotice,
  snapshot: NoticeSnapshot,
  messages: ComposedMessage[],
  timing: { notBefore: Date; onlyIfStillBooked: boolean },
): NewOutboundMessage[] {
  return messages.map((message) => ({
    dedupeKey: `${snapshot.kind}:${notice.reservationId}:${message.channel}`,
    sandbox: notice.sandbox,
    kind: snapshot.kind,
    channel: message.channel,
    recipient: message.to,
    language: snapshot.language,
    subject: message.channel === 'email' ? message.subject : null,
    text: message.text,
    html: message.channel === 'email' ? message.html : null,
    calendar: message.channel === 'email' ? (message.calendar?.content ?? null) : null,
    calendarMethod: message.channel === 'email' ? (message.calendar?.method ?? null) : null,
    reservationId: notice.reservationId,
    appointmentId: snapshot.appointment.appointmentId,
    notBefore: timing.notBefore.toISOString(),
    onlyIfStillBooked: timing.onlyIfStillBooked,
    createdAt: notice.at.toISOString(),
  }));
}
