/**
 * The birth date as the operator types it: day, month, year (DD/MM/AAAA), the order a Mexican
 * caller says it in and the order of their documents, in both languages of the console. Typed
 * with or without separators (`/`, `-`, `.`, spaces): "31/12/1990", "31-12-1990", "31121990", and
 * "1/2/1990" for one-digit days and months. A date in ISO order (1990-12-31) is taken too: four
 * digits first cannot be a day. Two-digit years are refused: "90" could be 1990 or 2090.
 */

/** What the text says: a date, or why it is not one yet. */
export type BirthDateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not a whole day, month and four-digit year yet (still typing, or a two-digit year). */
  | { kind: 'incomplete' }
  /** A day the calendar does not have (31/02/1990, month 13). */
  | { kind: 'impossible' }
  | { kind: 'future' }
  /** Born more than `MAX_AGE_YEARS` years before today: a mistyped year. */
  | { kind: 'tooOld' };

/** Older than anyone living has been (the oldest documented person lived 122 years). */
export const MAX_AGE_YEARS = 120;

const WITH_SEPARATORS = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves the day).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(text: string): [year: number, month: number, day: number] | null {
  const iso = ISO.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dmy = WITH_SEPARATORS.exec(text) ?? DIGITS_ONLY.exec(text);
  if (dmy) return [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  return null;
}

/** Reads a typed birth date against `today` (`YYYY-MM-DD`, where the operator sits). */
export function readBirthDate(typed: string, today: string): BirthDateReading {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  const parts = partsOf(text);
  if (!parts) return { kind: 'incomplete' };
  const [year, month, day] = parts;
  if (!isRealDay(year, month, day)) return { kind: 'impossible' };
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (iso > today) return { kind: 'future' };
  const oldest = `${pad(Number(today.slice(0, 4)) - MAX_AGE_YEARS, 4)}${today.slice(4)}`;
  if (iso < oldest) return { kind: 'tooOld' };
  return { kind: 'date', iso };
}

/** A date (`YYYY-MM-DD`) as the field shows it: DD/MM/YYYY. */
export const birthDateText = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
