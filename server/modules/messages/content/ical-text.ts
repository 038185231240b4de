/**
 * The lexical layer of RFC 5545: TEXT escaping, parameter quoting and line folding. A content
 * line longer than 75 octets is folded (CRLF and one space) between characters, never inside a
 * UTF-8 sequence; the file's lines end with CRLF.
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 §3.2): quoted when it holds ':', ';' or ','. A DQUOTE cannot be
 * written at all, and control characters are not allowed: both are dropped.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** UTF-8 length of one code point (a string of one character, as `for … of` gives them). */
function charOctets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
const octets = (s: string) => {
  let n = 0;
  for (const char of s) n += charOctets(char);
  return n;
};

/** One content line folded to lines of at most 75 octets (the continuation's leading space included). */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const n = charOctets(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      // Each continuation starts with a space, which counts.
      limit = MAX_OCTETS - 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The file: every content line folded, each ended by CRLF. */
export function icsFile(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** A local DATE-TIME from wall-clock fields, `YYYYMMDDTHHMMSS`. */
export function localStamp(w: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** A UTC-OFFSET, `-0700` (seconds when there are any). */
export function utcOffsetText(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}
