import twilio from 'twilio';
import type RequestClientNs from 'twilio/lib/base/RequestClient';
import type { TwilioSettings } from './twilio-settings';

const TWILIO_API = 'https://api.twilio.com';

/** What the carrier does with a live call through Twilio's REST API (Calls resource, update). */
export interface TwilioCallUpdater {
  update(callSid: string, change: { twiml: string } | { status: 'completed' }): Promise<void>;
}

/**
 * Sends every request of the official client to another origin (TWILIO_API_BASE_URL: a local
 * stand-in in tests) with the same path, body and authentication. twilio-node builds absolute
 * https://api.twilio.com URIs; its `httpClient` option is the documented place to change transport.
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly origin: string,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }

  override request<TData>(opts: RequestClientNs.RequestOptions<TData>) {
    const uri = new URL(opts.uri);
    const target = new URL(uri.pathname + uri.search, this.origin);
    return super.request<TData>({ ...opts, uri: target.href });
  }
}

/** The official REST client with our account, talking to Twilio (or the configured stand-in). */
export function createTwilioCallUpdater(settings: TwilioSettings): TwilioCallUpdater {
  const requestOptions = { timeout: 5000, keepAlive: true, autoRetry: true, maxRetries: 2 };
  const httpClient =
    settings.apiBaseUrl === TWILIO_API
      ? new twilio.RequestClient(requestOptions)
      : new RebasedRequestClient(settings.apiBaseUrl, requestOptions);
  const client = twilio(settings.accountSid, settings.authToken, { httpClient });
  return {
    async update(callSid, change) {
      await client.calls(callSid).update(change);
    },
  };
}

/** The account's official REST client, talking to Twilio or to TWILIO_API_BASE_URL (a stand-in in tests). */
export function createTwilioRestClient(settings: {
  accountSid: string;
  authToken: string;
  apiBaseUrl: string;
}): twilio.Twilio {
  // No automatic retry here: a message sent twice would reach the applicant twice (the queue retries).
  const requestOptions = { timeout: 10_000, keepAlive: true };
  const httpClient =
    settings.apiBaseUrl === TWILIO_API
      ? new twilio.RequestClient(requestOptions)
      : new RebasedRequestClient(settings.apiBaseUrl, requestOptions);
  return twilio(settings.accountSid, settings.authToken, { httpClient });
}
