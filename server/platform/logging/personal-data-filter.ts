/**
 * The second net under the logs: whatever a log call hands over, fields that may hold a person's data
 * are censored by name at any depth, and text is scrubbed of what looks like a CURP, an e-mail address
 * or a phone number. The first net is not to log such things at all (route templates, not URLs; error
 * codes, not messages that echo input).
 */

export const CENSORED = '[censored]';

/** Field names (compared lower-cased) whose values are never written: people's data, secrets, raw input. */
const SENSITIVE_KEYS = new Set(
  [
    'authorization',
    'cookie',
    'set-cookie',
    'x-twilio-signature',
    'password',
    'token',
    'curp',
    'phone',
    'phonenumber',
    'from',
    'to',
    'caller',
    'email',
    'name',
    'names',
    'fullname',
    'givennames',
    'firstname',
    'lastname',
    'surname',
    'surnames',
    'firstsurname',
    'secondsurname',
    'birthdate',
    'dateofbirth',
    'address',
    'street',
    'body',
    'query',
    'q',
    'params',
    'headers',
    'input',
    'detail',
    'parameters',
    'req',
    'res',
    'url',
  ].map((key) => key.toLowerCase()),
);

export const isSensitiveKey = (key: string) => SENSITIVE_KEYS.has(key.toLowerCase());

const CURP = /\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** E.164 (+ and 8 to 15 digits), (555) 123-4567, 555-123-4567, 555.123.4567 and ten digits alone. */
const PHONE =
  /\+\d{8,15}\b|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|(?<![\w-])\d{10,11}(?![\w-])/g;

/** A path's query string (`/api/applicants?q=…` carries search terms). */
const QUERY_STRING = /(\/[\w\-./:%]*)\?[^\s"\\]*/g;

/** A text with query strings, CURPs, e-mail addresses and phone numbers replaced by what they were. */
export function scrubText(text: string): string {
  return text
    .replace(QUERY_STRING, '$1?[query]')
    .replace(CURP, '[curp]')
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[phone]');
}

const MAX_DEPTH = 6;

/** A copy of a log call's fields: sensitive keys censored, strings scrubbed, errors left to their serializer. */
export function censorFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => censorFields(item, depth + 1));
  // Errors keep their class for the error serializer (safe-error.ts), which scrubs them.
  if (value instanceof Date || value instanceof Error) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) ? CENSORED : censorFields(field, depth + 1);
  }
  return copy;
}
