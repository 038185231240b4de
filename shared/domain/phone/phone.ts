/**
 * Phone numbers of the people we serve: the US and Canada (+1, the NANP) and Mexico (+52), typed in
 * any usual spelling. We store E.164 so that lookups and deduplication compare like with like.
 *
 * Parsing and validity come from libphonenumber-js with its `mobile` metadata: for these three
 * countries a number's fixed-line and mobile ranges are the same (libphonenumber types them
 * FIXED_LINE_OR_MOBILE), so it validates area codes as strictly as the full metadata (+1 811… and
 * +52 202… are not numbers); toll-free and premium numbers are not a person's phone and are
 * refused. Only the US, Canada and Mexico are kept (phone-metadata.ts, generated): ~3 KB in the
 * console's bundle instead of ~100 KB for every country. What libphonenumber does not read we spell out
 * here: the old Mexican mobile prefixes (+52 1 …, 044/045 …) and the dialling prefixes 00 (from
 * Mexico) and 011 (from the US and Canada).
 */
import { parsePhoneNumberFromString as parseWith } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata';

/** libphonenumber-js with the mobile metadata of our three countries only (phone-metadata.ts). */
const parsePhoneNumberFromString = (text: string) => parseWith(text, phoneMetadata);

export type PhoneCountry = 'US' | 'CA' | 'MX';

/** What a typed number is. */
export type PhoneReading =
  /** One number: E.164 and the country it belongs to. */
  | { kind: 'number'; e164: string; country: PhoneCountry }
  /** Ten digits that are both a US/Canadian and a Mexican number: ask which (the API takes +1). */
  | { kind: 'either'; nanp: string; mexico: string }
  /** Ten digits that are no US/Canadian number but are a Mexican one: +52 was left out. */
  | { kind: 'mexican'; mexico: string }
  /** Ten digits that are neither a US/Canadian nor a Mexican number. */
  | { kind: 'not_nanp' }
  /** Anything else: another country, a wrong length, letters, an extension. */
  | { kind: 'invalid' };

/** Digits only, in order ("(602) 555-0143" → "6025550143"). */
export function phoneDigits(input: string): string {
  return input.replace(/\D/g, '');
}

// Decoration people type around digits; letters (vanity numbers, "ext") are not a number.
const PHONE_TEXT = /^\+?[\d\s().\-/]+$/;

/** Reads a typed number; see PhoneReading. */
export function readPhone(input: string): PhoneReading {
  const text = input.trim();
  if (!PHONE_TEXT.test(text)) return { kind: 'invalid' };
  const digits = phoneDigits(text);
  if (text.startsWith('+')) return international(digits);
  // International dialling prefixes: 00 from Mexico (and most of the world), 011 from the NANP.
  if (digits.startsWith('011')) return international(digits.slice(3));
  if (digits.startsWith('00')) return international(digits.slice(2));
  // Mexico's old mobile prefixes before a ten-digit number (dropped in 2019, still said).
  if (digits.length === 13 && (digits.startsWith('044') || digits.startsWith('045')))
    return international(`52${digits.slice(3)}`);
  if (digits.length === 10) return national(digits);
  if (digits.length === 11 && digits.startsWith('1')) return international(digits);
  if ((digits.length === 12 && digits.startsWith('52')) || (digits.length === 13 && digits.startsWith('521')))
    return international(digits);
  return { kind: 'invalid' };
}

/** Ten digits without a country code. */
function national(digits: string): PhoneReading {
  const nanp = valid(`+1${digits}`);
  const mexico = valid(`+52${digits}`);
  if (nanp && mexico) return { kind: 'either', nanp: nanp.e164, mexico: mexico.e164 };
  if (nanp) return { kind: 'number', ...nanp };
  if (mexico) return { kind: 'mexican', mexico: mexico.e164 };
  return { kind: 'not_nanp' };
}

/** Digits starting with the country code. */
function international(digits: string): PhoneReading {
  // +52 1 and ten digits: the mobile "1" Mexico no longer dials.
  const withoutMobileOne = digits.startsWith('521') && digits.length === 13 ? `52${digits.slice(3)}` : digits;
  const number = valid(`+${withoutMobileOne}`);
  return number ? { kind: 'number', ...number } : { kind: 'invalid' };
}

function valid(e164Candidate: string): { e164: string; country: PhoneCountry } | null {
  const parsed = parsePhoneNumberFromString(e164Candidate);
  if (!parsed?.isValid()) return null;
  const country = parsed.country;
  const ours =
    (parsed.countryCallingCode === '1' && (country === 'US' || country === 'CA')) ||
    (parsed.countryCallingCode === '52' && country === 'MX');
  return ours ? { e164: parsed.number, country } : null;
}

/**
 * E.164 for the API's contract: one number as typed, or +1 for ten digits that are both (the
 * contract's default); null otherwise (the console asks or offers +52 before sending).
 */
export function normalizePhone(input: string): string | null {
  const reading = readPhone(input);
  if (reading.kind === 'number') return reading.e164;
  if (reading.kind === 'either') return reading.nanp;
  return null;
}

/** For display: '+16025550143' → '+1 (602) 555-0143'; +52 as libphonenumber groups it; anything else unchanged. */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp) return `+1 (${nanp[1]}) ${nanp[2]}-${nanp[3]}`;
  if (e164.startsWith('+52')) return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  return e164;
}
