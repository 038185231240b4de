import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConsulateId, LocalDate } from '../../../../shared/api/common';

/**
 * The office calendar kept as data (`server/modules/reference/data/consular-calendar.json`): the consular
 * calendar's own days, corrections to date-holidays, the host-country days the library lacks or
 * gets wrong, the names an operator reads, and one-off closures known in advance. Every entry
 * cites its source. Parsed with zod when first used (at server start): a bad file stops the start.
 */
const Name = z.strictObject({ es: z.string().min(1), en: z.string().min(1) });
const Rule = z.string().trim().min(1);
const Source = z.string().trim().min(10, 'cite where the day comes from');
const Province = z.enum(['ON', 'QC', 'BC', 'AB']);

const Day = z.strictObject({ rule: Rule, name: Name, source: Source, why: z.string().optional() });
const Dropped = z.strictObject({
  rule: Rule,
  source: Source,
  why: z.string().trim().min(10, 'say why the library is overruled'),
});
const ProvincialDay = Day.extend({ where: z.array(Province).min(1) }).strict();
const ProvincialDrop = Dropped.extend({ where: z.array(Province).min(1) }).strict();
const Closure = z.strictObject({
  date: LocalDate,
  /** Consulate codes, or `*` for every consulate. */
  consulates: z.array(z.union([ConsulateId, z.literal('*')])).min(1),
  name: Name,
  source: Source,
});

export const ConsularCalendarData = z.strictObject({
  about: z.array(z.string()),
  mexico: z.strictObject({
    /** Days the consulates close besides LFT art. 74 (Holy Thursday, Good Friday, 2 Nov, 12 Dec). */
    consularDays: z.array(Day),
    /** Where date-holidays' MX public days are wrong: days added and library rules dropped. */
    corrections: z.strictObject({ add: z.array(Day), drop: z.array(Dropped) }),
  }),
  canada: z.strictObject({ add: z.array(ProvincialDay), drop: z.array(ProvincialDrop) }),
  /** The operator's names for date-holidays' public days, by country and the library's English name. */
  libraryNames: z.strictObject({
    MX: z.record(z.string(), Name),
    US: z.record(z.string(), Name),
    CA: z.record(z.string(), Name),
  }),
  observed: z.strictObject({
    /** Appended to a holiday's name on its observed weekday, e.g. ' (observed)'. */
    suffix: Name,
    US: z.strictObject({ source: Source }),
    CA: z.strictObject({ source: Source }),
  }),
  closures: z.array(Closure),
});
export type ConsularCalendarData = z.infer<typeof ConsularCalendarData>;
export type CalendarDay = z.infer<typeof Day>;
export type CanadianDay = z.infer<typeof ProvincialDay>;
export type CanadianProvince = z.infer<typeof Province>;

export const CONSULAR_CALENDAR_FILE = fileURLToPath(
  new URL('../data/consular-calendar.json', import.meta.url),
);

/** Reads and validates a calendar file; the error names the file and every issue. */
export function loadConsularCalendar(file: string = CONSULAR_CALENDAR_FILE): ConsularCalendarData {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `The office calendar ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const parsed = ConsularCalendarData.safeParse(raw);
  if (!parsed.success)
    throw new Error(`The office calendar ${file} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

let cached: ConsularCalendarData | null = null;

/** The project's calendar file, read once. */
export function consularCalendar(): ConsularCalendarData {
  cached ??= loadConsularCalendar();
  return cached;
}
