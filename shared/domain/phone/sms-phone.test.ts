import { describe, expect, it } from 'vitest';
import { smsPhoneOf } from './sms-phone';

describe('smsPhoneOf', () => {
  it('takes US, Canadian and Mexican numbers that may be mobiles', () => {
    expect(smsPhoneOf('+16025550143')).toBe('+16025550143');
    expect(smsPhoneOf('+14165550123')).toBe('+14165550123');
    expect(smsPhoneOf('+525512345678')).toBe('+525512345678');
  });

  it('sends no SMS to toll-free, premium or invalid numbers, or to nobody', () => {
    expect(smsPhoneOf('+18005551234')).toBeNull();
    expect(smsPhoneOf('+19005551234')).toBeNull();
    expect(smsPhoneOf('+1811555012')).toBeNull();
    expect(smsPhoneOf('not a number')).toBeNull();
    expect(smsPhoneOf(null)).toBeNull();
  });
});
