import type { MessageChannel, MessageKind } from '../../../shared/api/messages';

/**
 * What the message content composes for one notice (pure: `content/compose-notice.ts`), from a
 * NoticeSnapshot of the facts at the moment of the change.
 */
export type ComposedMessage =
  | {
      channel: 'email';
      to: string;
      subject: string;
      text: string;
      html: string;
      /** The iCalendar file (one VEVENT); its METHOD is REQUEST, or CANCEL on a cancellation. */
      calendar: { filename: string; content: string; method: 'REQUEST' | 'CANCEL' } | null;
    }
  | { channel: 'sms'; to: string; text: string };

/** The facts a notice's messages are written from, read in the change's transaction. */
export interface NoticeSnapshot {
  kind: MessageKind;
  language: 'es' | 'en';
  /** When the notice was made (the iCalendar's DTSTAMP). */
  at: string;
  applicant: {
    givenNames: string;
    firstSurname: string;
    secondSurname: string | null;
    email: string | null;
    /** E.164, and only when it can receive SMS (a mobile or a number that may be one). */
    smsPhone: string | null;
  };
  appointment: {
    /** The reservation row (appointment, or the offered hold of a waitlist offer). */
    reservationId: string;
    appointmentId: string | null;
    confirmationCode: string | null;
    /** Stable for the appointment's life (across reschedules): `<first appointment id>@miconsulado`. */
    calendarUid: string;
    /** Rises with each change of that UID: 0 at booking. */
    calendarSequence: number;
    start: string;
    end: string;
    localStart: string;
    /** A rescheduled appointment's previous time. */
    previous: { start: string; localStart: string } | null;
  };
  consulate: {
    id: string;
    name: string;
    city: string;
    country: string;
    timeZone: string;
    address: string | null;
  };
  procedure: { id: string; name: string; requirements: string[] };
  /** The fees in force on the appointment's date, in the consulate's currency (amount null: not published). */
  fees: { label: string; amountCents: number | null; currency: 'USD' | 'CAD' }[];
  /** A closed day's reason. */
  closure: { reason: string } | null;
  /** A waitlist offer: until when the seat is held. */
  offer: { expiresAt: string } | null;
}

/** One row for the durable queue (`queue/message-queue.ts` `enqueueMessages`), written in the change's transaction. */
export interface NewOutboundMessage {
  /** Unique: a second enqueue with the same key is ignored (one message per notice, channel and recipient). */
  dedupeKey: string;
  sandbox: string;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string;
  language: 'es' | 'en';
  subject: string | null;
  text: string;
  html: string | null;
  calendar: string | null;
  calendarMethod: 'REQUEST' | 'CANCEL' | null;
  reservationId: string | null;
  appointmentId: string | null;
  /** Not sent before this instant (a reminder's time); now for the others. */
  notBefore: string;
  /** Sent only if the reservation is still a booked, active appointment on an open day then (reminders). */
  onlyIfStillBooked: boolean;
  createdAt: string;
}
