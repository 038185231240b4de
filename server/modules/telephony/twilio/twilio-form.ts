import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TWILIO_STATUS_PATH, TWILIO_VOICE_PATH } from './twilio-settings';

const FORM_PATHS = [TWILIO_VOICE_PATH, TWILIO_STATUS_PATH];

/**
 * Twilio posts its webhooks as `application/x-www-form-urlencoded`: the body becomes a plain object of
 * strings (the parameters its signature covers). Only on the webhooks' paths: every other route takes
 * JSON alone (a form is what another site's page can post without asking): a form there is 415
 * unsupported_media_type.
 */
export function acceptFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (request, body, done) => {
      const path = request.url.split('?')[0] ?? '';
      if (!FORM_PATHS.includes(path))
        return done(
          Object.assign(new Error('This route takes JSON bodies only (content-type: application/json).'), {
            statusCode: 415,
          }),
          undefined,
        );
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
}

/** The parameters of a signed webhook, as the signature check takes them. */
export const WebhookParams = z.record(z.string(), z.string());

const CallSid = z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'is not a Twilio call SID');

/** What the adapter reads of the voice webhook (Twilio sends more, all covered by the signature). */
export const VoiceWebhookForm = z.object({
  CallSid,
  From: z.string(),
  To: z.string().optional(),
  Digits: z.string().optional(),
});

/** What the adapter reads of the status callback. */
export const StatusWebhookForm = z.object({
  CallSid,
  CallStatus: z.string(),
});

/** The statuses after which the caller is no longer on the line. */
export const FINAL_CALL_STATUSES: ReadonlySet<string> = new Set([
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
]);
