import { MessageList, MessageListQuery, MessageParams, OutboundMessage } from '../../../shared/api/messages';
import { defineRoute } from '../../platform/http/route-definition';
import type { Role } from '../../../shared/api/auth';
import type { MessageService } from './message-service';

/** Leads and administrators read what the applicants were sent, kept or refused; operators do not. */
const messageReaders: readonly Role[] = ['lead', 'admin'];

export const messageRoutes = (messages: MessageService) => [
  defineRoute({
    method: 'GET',
    url: '/api/messages',
    summary:
      "Messages to applicants, newest first (leads and admins): e-mails and SMS queued, sent, failed (with the mail server's or provider's reason), kept (no sender configured, or practice) and skipped (a reminder of an appointment no longer booked), with how many of each. `before` pages on from a message's id.",
    tags: ['messages', 'leads'],
    access: messageReaders,
    query: MessageListQuery,
    responses: { 200: MessageList, 400: null, 403: null },
    handler: async ({ actor, query }) => ({ status: 200, body: await messages.list(actor, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/messages/:id',
    summary:
      'One message to an applicant, with its text, calendar file, attempts and last error (leads and admins).',
    tags: ['messages', 'leads'],
    access: messageReaders,
    params: MessageParams,
    responses: { 200: OutboundMessage, 403: null, 404: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await messages.get(actor, params.id) }),
  }),
];
