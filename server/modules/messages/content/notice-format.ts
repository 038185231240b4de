/**
 * How a notice writes times, money, names and codes: in the consulate's own time zone (never UTC,
 * never the operator's), with `Intl` in the applicant's language (es-MX or en-US).
 */
import { CONFIRMATION_ALPHABET, spellPhonetic } from '../../../../shared/domain/booking/confirmation-code';
import { zonedParts } from '../../../../shared/domain/time/zoned-time';
import { catalogEn } from './catalog-en';
import { catalogEs, type CatalogKey, type NoticeCatalog } from './catalog-es';

/** The call center's number, read to callers for changes, rebooking and confirming a held seat. */
export const CALL_CENTER_PHONE = '+1 424 309 0009';

export type NoticeLanguage = 'es' | 'en';

export const LOCALES: Readonly<Record<NoticeLanguage, string>> = { es: 'es-MX', en: 'en-US' };
export const CATALOGS: Readonly<Record<NoticeLanguage, NoticeCatalog>> = { es: catalogEs, en: catalogEn };

/** ICU writes narrow and no-break spaces ("9:00 a.m."): plain spaces read the same everywhere. */
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

/**
 * A catalog entry with its `{placeholders}` replaced. A placeholder without a value is a bug of the
 * caller, not something to send to an applicant: it throws.
 */
export function fill(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return value;
  });
}

export function text(language: NoticeLanguage, key: CatalogKey, values?: Readonly<Record<string, string>>) {
  return fill(CATALOGS[language][key], values);
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, kind: 'full' | 'zone' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'full'
        ? { timeZone, dateStyle: 'full', timeStyle: 'short' }
        : kind === 'zone'
          ? { timeZone, timeZoneName: 'long' }
          : {
              timeZone,
              // Spanish abbreviations read "mar 16 de mar" (martes, marzo): written out there.
              weekday: locale.startsWith('es') ? 'long' : 'short',
              day: 'numeric',
              month: locale.startsWith('es') ? 'long' : 'short',
              hour: 'numeric',
              minute: '2-digit',
            };
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** "lunes, 15 de marzo de 2027, 9:00 a.m." in the consulate's zone. */
export function fullDateTime(instant: Date, timeZone: string, language: NoticeLanguage): string {
  return plainSpaces(formatter(LOCALES[language], timeZone, 'full').format(instant));
}

/** The zone's long name at that instant: "hora estándar de la montaña", "Pacific Daylight Time". */
export function zoneName(instant: Date, timeZone: string, language: NoticeLanguage): string {
  const parts = formatter(LOCALES[language], timeZone, 'zone').formatToParts(instant);
  return plainSpaces(parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone);
}

/** The full date and time with the zone's name: "lunes, 15 de marzo de 2027, 9:00 a.m. (hora …)". */
export function whenText(instant: Date, timeZone: string, language: NoticeLanguage): string {
  return text(language, 'when_with_zone', {
    date: fullDateTime(instant, timeZone, language),
    zone: zoneName(instant, timeZone, language),
  });
}

/** For an SMS: "lunes, 15 de marzo, 9:00 a.m.", "Mon, Mar 15, 9:00 AM". */
export function shortDateTime(instant: Date, timeZone: string, language: NoticeLanguage): string {
  return plainSpaces(formatter(LOCALES[language], timeZone, 'short').format(instant));
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in cents in the consulate's currency; null is "check the fee with the consulate", 0 "free of charge". */
export function moneyText(
  amountCents: number | null,
  currency: 'USD' | 'CAD',
  language: NoticeLanguage,
): string {
  if (amountCents === null) return text(language, 'fee_unknown');
  // Free by law (birth registration, the voter credential): said so, not as "$0.00".
  if (amountCents === 0) return text(language, 'fee_free');
  const key = `${language}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency });
    moneyFormats.set(key, f);
  }
  return plainSpaces(f.format(amountCents / 100));
}

/** Given names and surnames as the applicant wrote them. */
export function fullName(applicant: {
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
}): string {
  return [applicant.givenNames, applicant.firstSurname, applicant.secondSurname]
    .filter((part): part is string => !!part && part.trim() !== '')
    .map((part) => part.trim())
    .join(' ');
}

// Characters the confirmation alphabet leaves out (0/O, 1/I/L): never in a code the server makes,
// but a notice must not fail its booking's transaction over an old or imported code.
const OUTSIDE_ALPHABET: Readonly<Record<NoticeLanguage, Readonly<Record<string, string>>>> = {
  es: { '0': 'cero', '1': 'uno', I: 'I de Italia', L: 'L de Lima', O: 'O de Oaxaca' },
  en: { '0': 'zero', '1': 'one', I: 'India', L: 'Lima', O: 'Oscar' },
};

/**
 * The code read aloud, one word per character: "K de Kilo, siete, P de Puebla…" in Spanish (the
 * "A de Amor" convention callers know), the NATO alphabet in English.
 */
export const spelledCode = (code: string, language: NoticeLanguage) =>
  [...code.toUpperCase()]
    .map((c) =>
      CONFIRMATION_ALPHABET.includes(c)
        ? spellPhonetic(c, language)[0]!
        : (OUTSIDE_ALPHABET[language][c] ?? c),
    )
    .join(', ');

/** The code with its characters apart, to copy without confusion: "K-7-P-2-M-9-X". */
export const separatedCode = (code: string) => [...code.toUpperCase()].join('-');

/**
 * Days from the date of `at` to the date of `start`, both read on the consulate's calendar (a
 * reminder 48 hours before is "the day after tomorrow" there, whatever the time of day in UTC).
 */
export function calendarDaysBetween(at: Date, start: Date, timeZone: string): number {
  const dayMs = (d: Date) => Date.parse(`${zonedParts(d, timeZone).date}T00:00:00Z`);
  return Math.round((dayMs(start) - dayMs(at)) / 86_400_000);
}
