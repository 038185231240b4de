import type { MessageChannel } from '../../../../shared/api/messages';

/** One queued message as a sender sees it (a row of `outbound_messages`). */
export interface OutgoingMessage {
  id: string;
  channel: MessageChannel;
  recipient: string;
  language: 'es' | 'en';
  subject: string | null;
  text: string;
  html: string | null;
  calendar: string | null;
  calendarMethod: 'REQUEST' | 'CANCEL' | null;
}

/**
 * A way out for one channel (e-mail through SMTP, SMS through Twilio). `send` resolves once the
 * server or provider accepted the message, with its id there; it throws a `DeliveryError` saying
 * whether trying again could help.
 */
export interface MessageSender {
  channel: MessageChannel;
  send(message: OutgoingMessage): Promise<{ providerId: string }>;
  close(): Promise<void>;
}

/**
 * Why a message was not accepted. `permanent`: the server or provider refused this recipient or
 * message for good (an SMTP 5xx at RCPT TO or DATA, a Twilio 4xx such as 21211 invalid number),
 * never retried; otherwise (a server down, a time-out, a 4xx SMTP answer, a Twilio 429 or 5xx) it is
 * tried again later.
 */
export class DeliveryError extends Error {
  constructor(
    readonly permanent: boolean,
    message: string,
    /** The server or provider could not be reached at all (nothing was said about this message). */
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Any error out of a sender, as a DeliveryError (an unknown error is temporary: it is tried again). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError(false, error instanceof Error ? error.message : String(error), false);
}
