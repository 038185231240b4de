import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config';
import { twilioSettingsFrom } from './twilio-settings';

const ON = {
  TWILIO_ACCOUNT_SID: 'AC' + 'f'.repeat(32),
  TWILIO_AUTH_TOKEN: 'a-twilio-auth-token-of-length',
  TWILIO_PUBLIC_URL: 'https://line.example.org/base/',
};

describe("the Twilio adapter's settings", () => {
  it('are off without TWILIO_AUTH_TOKEN', () => {
    expect(twilioSettingsFrom(loadConfig({}))).toBeNull();
  });

  it('read the account, the public URL without its trailing slash, and the operators answering on a phone', () => {
    const settings = twilioSettingsFrom(
      loadConfig({ ...ON, TWILIO_OPERATOR_NUMBERS: 'operator2=+15055550199, lead1=+525512345678' }),
    );
    expect(settings).toMatchObject({
      accountSid: ON.TWILIO_ACCOUNT_SID,
      publicUrl: 'https://line.example.org/base',
      apiBaseUrl: 'https://api.twilio.com',
      operatorNumbers: { operator2: '+15055550199', lead1: '+525512345678' },
    });
  });

  it('stop the start when the token comes without the account or the public URL', () => {
    expect(() => loadConfig({ TWILIO_AUTH_TOKEN: ON.TWILIO_AUTH_TOKEN })).toThrow(
      /TWILIO_AUTH_TOKEN: needs TWILIO_ACCOUNT_SID .* and TWILIO_PUBLIC_URL/,
    );
  });

  it('name the variable that is wrong', () => {
    expect(() => loadConfig({ ...ON, TWILIO_ACCOUNT_SID: 'AC123' })).toThrow(
      /TWILIO_ACCOUNT_SID: is not an account SID/,
    );
    expect(() => loadConfig({ ...ON, TWILIO_PUBLIC_URL: 'line.example.org' })).toThrow(/TWILIO_PUBLIC_URL/);
    expect(() => loadConfig({ ...ON, TWILIO_OPERATOR_NUMBERS: 'ana=5551234' })).toThrow(
      /TWILIO_OPERATOR_NUMBERS: "ana=5551234" is not username=\+E164/,
    );
  });
});
