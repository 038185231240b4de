import { defineRoute } from '../../../platform/http/route-definition';
import { addRequestLogFields } from '../../../platform/logging/request-log';
import type { FastifyReply } from 'fastify';
import { TWILIO_STATUS_PATH, TWILIO_VOICE_PATH } from './twilio-settings';
import type { TwilioWebhooks, WebhookRequest } from './twilio-webhooks';

const XML = { 'content-type': 'text/xml; charset=utf-8' };

const webhookRequest = (reply: FastifyReply): WebhookRequest => {
  const signature = reply.request.headers['x-twilio-signature'];
  return {
    pathWithQuery: reply.request.url,
    signature: typeof signature === 'string' ? signature : undefined,
    body: reply.request.body,
    onCall: (callId) => addRequestLogFields(reply, { callId }),
  };
};

/**
 * Twilio's webhooks: public (Twilio has no session), each request checked against its
 * X-Twilio-Signature before anything is read. The form is parsed after the check, so a forged request
 * is 403 whatever it holds.
 */
export const twilioRoutes = (webhooks: TwilioWebhooks) => [
  defineRoute({
    method: 'POST',
    url: TWILIO_VOICE_PATH,
    summary:
      "Twilio's voice webhook (form-encoded, signed with X-Twilio-Signature): answers TwiML — the menu, then hold while the call is routed.",
    tags: ['telephony'],
    access: 'public',
    responses: { 200: null, 400: null, 403: null, 404: null },
    handler: async ({ reply }) => ({
      status: 200,
      headers: XML,
      body: await webhooks.voice(webhookRequest(reply)),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: TWILIO_STATUS_PATH,
    summary:
      "Twilio's call status callback (signed): a call completed, busy, failed, unanswered or canceled leaves the routing.",
    tags: ['telephony'],
    access: 'public',
    responses: { 200: null, 400: null, 403: null, 404: null },
    handler: async ({ reply }) => ({
      status: 200,
      headers: XML,
      body: await webhooks.status(webhookRequest(reply)),
    }),
  }),
];
