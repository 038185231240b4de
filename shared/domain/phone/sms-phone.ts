/**
 * Whether a stored number (E.164) can take a text message: libphonenumber-js types it MOBILE or
 * FIXED_LINE_OR_MOBILE (in the US and Canada a landline and a mobile share their ranges, so every
 * valid personal number may be a mobile; in Mexico the ranges are one plan since 2019). Toll-free,
 * premium and invalid numbers are not sent an SMS.
 */
import { parsePhoneNumberFromString as parseWith } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata';

/** The number itself when it may be a mobile, null otherwise. */
export function smsPhoneOf(e164: string | null): string | null {
  if (!e164) return null;
  const parsed = parseWith(e164, phoneMetadata);
  if (!parsed?.isValid()) return null;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? parsed.number : null;
}
