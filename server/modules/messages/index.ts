/**
 * The messages module's public entry: messages to applicants, composed from a notice (`content/`),
 * queued in the change's transaction (`queue/`), sent by every instance's worker through the
 * configured senders (`delivery/`: SMTP, Twilio SMS), and read by leads (`GET /api/messages`).
 */
export type { ComposedMessage, NewOutboundMessage, NoticeSnapshot } from './message-types';
export { composeNoticeMessages } from './content/compose-notice';
export { enqueueMessages } from './queue/message-queue';
export { readMessageQueueFigures, type MessageQueueFigures } from './queue/message-queue-figures';
export { createAppointmentNotices } from './notices/create-appointment-notices';
export { createMessagesRuntime, type MessagesRuntime } from './messages-runtime';
export type { MessagesDeps } from './messages-deps';
export { messageRoutes } from './message-routes';
export type { MessageSender } from './delivery/message-sender';
export { createSmtpSender } from './delivery/smtp-sender';
export { createTwilioSmsSender } from './delivery/twilio-sms-sender';
