import type { ServerConfig } from '../../../platform/config';

/** What the Twilio adapter needs, read once from the server's configuration. */
export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** The base URL Twilio calls (TWILIO_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Twilio's REST API origin (TWILIO_API_BASE_URL); a local stand-in in tests. */
  apiBaseUrl: string;
  /** Operators who answer on a phone: username → E.164 number. Everyone else on the softphone (`<Client>`). */
  operatorNumbers: Readonly<Record<string, string>>;
  holdMusicUrl: string;
}

/** The adapter's settings, or null when TWILIO_AUTH_TOKEN is unset: the adapter is off. */
export function twilioSettingsFrom(config: ServerConfig): TwilioSettings | null {
  if (!config.TWILIO_AUTH_TOKEN || !config.TWILIO_ACCOUNT_SID || !config.TWILIO_PUBLIC_URL) return null;
  return {
    accountSid: config.TWILIO_ACCOUNT_SID,
    authToken: config.TWILIO_AUTH_TOKEN,
    publicUrl: config.TWILIO_PUBLIC_URL,
    apiBaseUrl: config.TWILIO_API_BASE_URL,
    operatorNumbers: config.TWILIO_OPERATOR_NUMBERS,
    holdMusicUrl: config.TWILIO_HOLD_MUSIC_URL,
  };
}

/** The paths of the webhooks (configured on the Twilio number: "A call comes in", "Call status changes"). */
export const TWILIO_VOICE_PATH = '/api/telephony/twilio/voice';
export const TWILIO_STATUS_PATH = '/api/telephony/twilio/status';
