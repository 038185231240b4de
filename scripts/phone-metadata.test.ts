import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { readPhone } from '../shared/domain/phone/phone';
import { metadataSource } from './phone-metadata';

describe('the phone metadata the console carries', () => {
  it('is the installed libphonenumber-js mobile metadata of the US, Canada and Mexico (run scripts/phone-metadata.ts after an update)', () => {
    const committed = readFileSync(
      new URL('../shared/domain/phone/phone-metadata.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(metadataSource());
  });

  it('reads numbers of our three countries as the full mobile metadata does', () => {
    const samples = [
      '+16025550143',
      '+14165550199',
      '+15145550123',
      '+17805550123',
      '+12025550143',
      '+18115551234',
      '+525512345678',
      '+528112345678',
      '+526621234567',
      '+522025550143',
      '+18765551234',
      '+18005551234',
    ];
    for (const e164 of samples) {
      const full = parsePhoneNumberFromString(e164);
      const ours = full?.isValid() && ['US', 'CA', 'MX'].includes(full.country ?? '');
      expect(readPhone(e164).kind === 'number', e164).toBe(ours);
    }
  });
});
