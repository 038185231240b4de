import { CallerNumber, type CallLanguage, type ReceiveCallBody } from '../../../../shared/api/routing';
import { DomainError } from '../../../kernel/domain-error';
import { describeZodError } from '../../../platform/validation/describe-zod-error';
import { isSignedByTwilio } from './twilio-signature';
import { isServiceKey, languageOfKey, twilioMenu } from './twilio-menu';
import { emptyTwiml, holdTwiml, languageMenuTwiml, sayAndHangUpTwiml, serviceMenuTwiml } from './twiml';
import { FINAL_CALL_STATUSES, StatusWebhookForm, VoiceWebhookForm, WebhookParams } from './twilio-form';
import { TWILIO_VOICE_PATH, type TwilioSettings } from './twilio-settings';
import type { z } from 'zod';

/** The routing's intake as the adapter uses it (the routing module's service). */
export interface TwilioIntake {
  receiveCall(input: ReceiveCallBody, provider: string): Promise<{ call: { id: string } }>;
  hangUpByProvider(provider: string, providerCallId: string): Promise<{ id: string }>;
}

export interface TwilioWebhookDeps {
  /** null: TWILIO_AUTH_TOKEN is unset and the adapter is off. */
  settings: TwilioSettings | null;
  intake: TwilioIntake;
  onError(error: unknown, what: string): void;
}

/** A webhook as the route hands it over: the path Twilio called (with its query), the signature, the form. */
export interface WebhookRequest {
  pathWithQuery: string;
  signature: string | undefined;
  body: unknown;
  /** Told the routed call the webhook concerns, for the request's log line (its callId). */
  onCall?: (callId: string) => void;
}

export const TWILIO_PROVIDER = 'twilio';

function requireSettings(settings: TwilioSettings | null): TwilioSettings {
  if (!settings)
    throw new DomainError(
      'not_found',
      'The Twilio adapter is off on this server: TWILIO_AUTH_TOKEN is not set (see docs/TELEPHONY.md).',
    );
  return settings;
}

/** Refuses anything Twilio did not sign with our token (403), then reads the form with its schema. */
function verified<S extends z.ZodType>(
  settings: TwilioSettings,
  request: WebhookRequest,
  form: S,
): z.output<S> {
  const params = WebhookParams.safeParse(request.body ?? {});
  const url = settings.publicUrl + request.pathWithQuery;
  if (!params.success || !isSignedByTwilio(settings.authToken, request.signature, url, params.data))
    throw new DomainError(
      'forbidden',
      request.signature
        ? 'The X-Twilio-Signature does not match this request: it was not sent by Twilio with this account.'
        : 'X-Twilio-Signature is missing: only Twilio, signing with this account, may call this webhook.',
    );
  const parsed = form.safeParse(params.data);
  if (!parsed.success) {
    const { message, details } = describeZodError(parsed.error, 'body');
    throw new DomainError('invalid_request', message, details);
  }
  return parsed.data;
}

export function createTwilioWebhooks(deps: TwilioWebhookDeps) {
  return {
    /**
     * "A call comes in": the language menu, then the service menu (the step is in the URL Twilio posts
     * the key to, which its signature covers); with the service key (or none), the call goes to the
     * routing and the caller waits on hold until an operator accepts it (the carrier then redirects it).
     */
    async voice(request: WebhookRequest): Promise<string> {
      const settings = requireSettings(deps.settings);
      const form = verified(settings, request, VoiceWebhookForm);
      const voiceUrl = settings.publicUrl + TWILIO_VOICE_PATH;
      const step = new URL(request.pathWithQuery, 'http://path.only').searchParams;
      const digits = form.Digits ?? '';
      const language = step.get('lang') === 'en' ? 'en' : step.get('lang') === 'es' ? 'es' : null;

      const languageMenu = (invalidChoice: boolean) =>
        languageMenuTwiml({
          actionUrl: `${voiceUrl}?step=language`,
          noInputUrl: `${voiceUrl}?lang=${twilioMenu.defaultLanguage}`,
          invalidChoice,
        });
      const serviceMenu = (lang: CallLanguage, invalidChoice: boolean) =>
        serviceMenuTwiml(lang, {
          actionUrl: `${voiceUrl}?lang=${lang}`,
          noInputUrl: `${voiceUrl}?lang=${lang}&choice=none`,
          invalidChoice,
        });

      if (language === null) {
        if (step.get('step') !== 'language' || digits === '') return languageMenu(false);
        const chosen = languageOfKey(digits);
        return chosen ? serviceMenu(chosen, false) : languageMenu(true);
      }
      if (digits === '' && step.get('choice') !== 'none') return serviceMenu(language, false);
      if (digits !== '' && !isServiceKey(digits)) return serviceMenu(language, true);

      const from = CallerNumber.safeParse(form.From);
      if (!from.success) return sayAndHangUpTwiml('unidentifiedCaller');
      try {
        const routed = await deps.intake.receiveCall(
          {
            providerCallId: form.CallSid,
            from: from.data,
            language,
            ...(digits !== '' ? { ivrChoice: digits } : {}),
            ...(form.To ? { to: form.To } : {}),
          },
          TWILIO_PROVIDER,
        );
        request.onCall?.(routed.call.id);
      } catch (error) {
        // The caller hears a clear message rather than Twilio's "application error"; the log says why.
        deps.onError(error, `routing Twilio call ${form.CallSid}`);
        return sayAndHangUpTwiml('unavailable');
      }
      return holdTwiml(language, settings.holdMusicUrl);
    },

    /** "Call status changes": a caller who hangs up leaves the routing (abandoned, or ended while talking). */
    async status(request: WebhookRequest): Promise<string> {
      const settings = requireSettings(deps.settings);
      const form = verified(settings, request, StatusWebhookForm);
      if (FINAL_CALL_STATUSES.has(form.CallStatus)) {
        try {
          const call = await deps.intake.hangUpByProvider(TWILIO_PROVIDER, form.CallSid);
          request.onCall?.(call.id);
        } catch (error) {
          // A caller who hung up in the menu never reached the routing: nothing to end.
          if (!(error instanceof DomainError && error.code === 'not_found')) throw error;
        }
      }
      return emptyTwiml();
    },
  };
}

export type TwilioWebhooks = ReturnType<typeof createTwilioWebhooks>;
