/**
 * SMS length: a text in the GSM 03.38 alphabet (GSM-7) fits 160 characters in one segment and 153
 * per segment when split; one character outside it (á, í, ó, ú, “, the narrow space Intl writes)
 * sends the whole text as UCS-2: 70, then 67 per segment. So the SMS writes Spanish without the
 * accents GSM-7 lacks (é, ñ, ü and ¿¡ are in it and stay) and plain spaces and quotes.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each costs two septets (an escape and the character). */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export const isGsm7 = (text: string) => [...text].every((c) => basic.has(c) || extended.has(c));

/** Characters GSM-7 lacks, written with the nearest it has. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
};

/**
 * The text in GSM-7 where it can be: known look-alikes replaced, then accents GSM-7 lacks taken off
 * (á → a, Í → I; é, ñ and ü are kept). What still is not GSM-7 (a name in another script) stays: the
 * text then goes as UCS-2, rightly.
 */
export function toGsm7(text: string): string {
  return [...text]
    .map((c) => {
      if (basic.has(c) || extended.has(c)) return c;
      const replaced = REPLACEMENTS[c];
      if (replaced !== undefined) return replaced;
      const stripped = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return isGsm7(stripped) ? stripped : c;
    })
    .join('');
}

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    const units = [...text].reduce((n, c) => n + (extended.has(c) ? 2 : 1), 0);
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
