import { z } from 'zod';
import { Id, Instant } from './common';

/**
 * Messages to applicants (CONTRACT.md "After the call (v2)"): queued durably in the transaction of the
 * change that causes them, sent by e-mail (SMTP_URL) or SMS (Twilio), or kept in the database when no
 * sender is configured, where a lead reads them (GET /api/messages).
 */
export const MessageKind = z.enum([
  'booked',
  'rescheduled',
  'cancelled',
  /** The consulate closed the appointment's day. */
  'closed',
  /** A waitlist entry was offered a held seat. */
  'waitlist_offer',
  /** 48 hours before the appointment, on the consulate's clock. */
  'reminder',
]);
export type MessageKind = z.infer<typeof MessageKind>;

export const MessageChannel = z.enum(['email', 'sms']);
export type MessageChannel = z.infer<typeof MessageChannel>;

export const MessageStatus = z.enum([
  /** Waiting for its time (`notBefore`) or for a retry (`nextAttemptAt`). */
  'queued',
  /** Accepted by the mail server or the SMS provider. */
  'sent',
  /** Refused for good (an address the server refuses, or too many attempts): never retried. */
  'failed',
  /** No sender is configured for its channel (or it belongs to a practice sandbox): kept, readable by leads. */
  'kept',
  /** Not sent because it no longer applies (a reminder of a cancelled or closed-day appointment). */
  'skipped',
]);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const OutboundMessage = z.object({
  id: Id,
  kind: MessageKind,
  channel: MessageChannel,
  recipient: z.string(),
  language: z.enum(['es', 'en']),
  /** E-mail subject; null for SMS. */
  subject: z.string().nullable(),
  text: z.string(),
  /** The iCalendar attachment of an e-mail (text/calendar), when it has one. */
  calendar: z.string().nullable(),
  status: MessageStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  appointmentId: Id.nullable(),
  createdAt: Instant,
  notBefore: Instant,
  nextAttemptAt: Instant.nullable(),
  sentAt: Instant.nullable(),
});
export type OutboundMessage = z.infer<typeof OutboundMessage>;

export const MessageListQuery = z.strictObject({
  status: MessageStatus.optional(),
  kind: MessageKind.optional(),
  /** Newest first; a page ends before this message id's creation (from the previous page's last item). */
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MessageListQuery = z.infer<typeof MessageListQuery>;

export const MessageList = z.object({
  items: z.array(OutboundMessage),
  /** How many messages have each status now (the lead's summary). */
  counts: z.record(MessageStatus, z.number().int()),
});
export type MessageList = z.infer<typeof MessageList>;

export const MessageParams = z.strictObject({ id: Id });
