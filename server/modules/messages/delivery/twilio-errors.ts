import { DeliveryError } from './message-sender';

interface TwilioFailure {
  status?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * What a Twilio failure means for an SMS. A 4xx answer with an error code (21211 invalid 'To'
 * number, 21610 the recipient unsubscribed, 21614 not a mobile number…) is final: failed, never
 * retried. A 429 (too many requests), a 5xx, or no answer at all (network) is tried again later.
 */
export function classifyTwilioError(error: unknown): DeliveryError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as TwilioFailure;
  const status = typeof failure.status === 'number' ? failure.status : null;
  const code = typeof failure.code === 'number' || typeof failure.code === 'string' ? failure.code : null;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  if (status !== null && status >= 400 && status < 500 && status !== 429)
    return new DeliveryError(true, `Twilio refused it${code !== null ? ` (${code})` : ''}: ${message}`);
  return new DeliveryError(
    false,
    `${status !== null ? `Twilio answered ${status}` : 'Twilio could not be reached'}${
      code !== null ? ` (${code})` : ''
    }: ${message}`.slice(0, 500),
    status === null || status >= 500,
  );
}
