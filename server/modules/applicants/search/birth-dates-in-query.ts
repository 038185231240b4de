/**
 * The birth date an operator types after the names ("Ramón González 14/03/1985"): taken out of the
 * words, so it narrows the names instead of being searched as a name word (which matched no one).
 *
 * Read as: 1985-03-14; 14/03/1985, 14-03-1985 or 14.03.1985 (day first, as in Mexico; when the
 * day-first reading is impossible or both are possible, the month-first one too: "03/14/1985");
 * "14 de marzo de 1985" or "14 mar 1985"; a year alone (1985) narrows to that year. Each becomes a
 * range of ISO dates, `to` excluded, compared as text as `applicants.birth_date` is stored.
 */

export interface BirthRange {
  /** First ISO date (YYYY-MM-DD) included. */
  from: string;
  /** First ISO date after the range. */
  to: string;
}

const MONTHS: Record<string, number> = {
  enero: 1,
  ene: 1,
  febrero: 2,
  feb: 2,
  marzo: 3,
  mar: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  may: 5,
  junio: 6,
  jun: 6,
  julio: 7,
  jul: 7,
  agosto: 8,
  ago: 8,
  septiembre: 9,
  setiembre: 9,
  sep: 9,
  sept: 9,
  octubre: 10,
  oct: 10,
  noviembre: 11,
  nov: 11,
  diciembre: 12,
  dic: 12,
};

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORDS = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
  'giu',
);
const YEAR = /(?<![\d/.-])(19\d\d|20\d\d)(?![\d/.-])/g;

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date of a real calendar day, or null ("1985-02-30" is none). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function dayRange(year: number, month: number, day: number): BirthRange | null {
  const from = isoDay(year, month, day);
  if (from === null) return null;
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { from, to: next.toISOString().slice(0, 10) };
}

/** `text` without the dates it holds, and the ranges they stand for (none when it holds none). */
export function birthDatesIn(text: string): { rest: string; born: BirthRange[] } {
  const born: BirthRange[] = [];
  const add = (range: BirthRange | null) => {
    if (range && !born.some((r) => r.from === range.from && r.to === range.to)) born.push(range);
  };
  let rest = text.replace(ISO, (_, y: string, m: string, d: string) => {
    add(dayRange(Number(y), Number(m), Number(d)));
    return ' ';
  });
  rest = rest.replace(NUMERIC, (_, a: string, b: string, y: string) => {
    add(dayRange(Number(y), Number(b), Number(a)));
    add(dayRange(Number(y), Number(a), Number(b)));
    return ' ';
  });
  rest = rest.replace(WORDS, (_, d: string, month: string, y: string) => {
    add(dayRange(Number(y), MONTHS[month.toLowerCase()] ?? 0, Number(d)));
    return ' ';
  });
  rest = rest.replace(YEAR, (_, y: string) => {
    add({ from: `${y}-01-01`, to: `${Number(y) + 1}-01-01` });
    return ' ';
  });
  return { rest, born };
}
