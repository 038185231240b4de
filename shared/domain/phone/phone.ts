/**
 * US and Canadian phone numbers (NANP). Callers and applicants type numbers in any
 * shape; we store E.164 so that lookups and deduplication compare like with like.
 */

/** Digits only, in order ("(602) 555-0143" → "6025550143"). */
export function phoneDigits(input: string): string {
  return input.replace(/\D/g, '');
}

// NANP area codes start with 2–9. Exchanges do too, but callers and the web channel give numbers
// such as 555-123-4567 for people we must still register: the exchange is not checked.
const NANP_NATIONAL = /^[2-9]\d{9}$/;

/** '+1NXXNXXXXXX', or null when the input is not a NANP number. */
export function normalizePhone(input: string): string | null {
  // Punctuation and spaces are decoration; letters ("ext", vanity numbers) are not.
  if (/\p{L}/u.test(input)) return null;
  const trimmed = input.trim();
  const pluses = trimmed.split('+').length - 1;
  // A plus sign only makes sense once, in front of the country code.
  if (pluses > 1 || (pluses === 1 && !trimmed.startsWith('+'))) return null;
  let digits = phoneDigits(trimmed);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  // "+" followed by ten digits names some other country (+52 …), not the NANP.
  else if (pluses === 1) return null;
  return NANP_NATIONAL.test(digits) ? `+1${digits}` : null;
}

/** '+16025550143' → '+1 (602) 555-0143'; anything else is returned unchanged. */
export function formatPhone(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `+1 (${m[1]}) ${m[2]}-${m[3]}` : e164;
}
