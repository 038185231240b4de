import nodemailer from 'nodemailer';
import { classifySmtpError } from './smtp-errors';
import { DeliveryError, type MessageSender } from './message-sender';

export interface SmtpSenderSettings {
  /** `smtp://host:port` (or `smtps://`), optional `user:password@` (SMTP_URL). */
  url: string;
  /** The From header (MAIL_FROM): `MiConsulado <citas@miconsulado.example>`. */
  from: string;
  /** Connections kept open to the mail server. */
  maxConnections?: number;
}

/** The domain of the From address: the right side of every Message-ID this server writes. */
export function messageIdDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const domain = address.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : 'miconsulado.example';
}

/**
 * E-mail through the SMTP server of SMTP_URL (nodemailer, a pool of connections). The Message-ID is
 * the queue row's (`<msg_…@domain>`), so a message sent twice after a lost acknowledgement is the same
 * message to the mail server and the applicant's mail program. The iCalendar file goes with nodemailer's
 * `icalEvent`: an alternative part `text/calendar; method=REQUEST|CANCEL` that calendar programs read
 * as an invitation, and the same file as an attachment (`.ics`).
 */
export function createSmtpSender(settings: SmtpSenderSettings): MessageSender {
  const transport = nodemailer.createTransport({
    pool: true,
    url: settings.url,
    maxConnections: settings.maxConnections ?? 5,
    maxMessages: 1000,
    // Shorter than the worker's lease: a server that hangs fails the attempt before another instance takes it.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = messageIdDomain(settings.from);
  return {
    channel: 'email',
    async send(message) {
      if (message.subject === null)
        throw new DeliveryError(true, 'An e-mail without a subject was queued: nothing to send.');
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: message.recipient,
          subject: message.subject,
          text: message.text,
          html: message.html ?? undefined,
          messageId: `<${message.id}@${domain}>`,
          icalEvent:
            message.calendar !== null
              ? {
                  method: message.calendarMethod ?? 'REQUEST',
                  filename: message.language === 'en' ? 'appointment.ics' : 'cita.ics',
                  content: message.calendar,
                }
              : undefined,
        });
        // Every recipient refused with a 5xx answer arrives as a rejection rather than an error.
        if (info.rejected.length > 0 && info.accepted.length === 0)
          throw Object.assign(new Error(`Recipient refused: ${String(info.rejected[0])}`), {
            code: 'EENVELOPE',
            responseCode: 550,
          });
        return { providerId: info.messageId };
      } catch (error) {
        throw error instanceof DeliveryError ? error : classifySmtpError(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}
