import { z } from 'zod';
import { isLocalDate } from '../domain/time/local-date';

/** A consulate-local calendar date, `YYYY-MM-DD`, checked to exist. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isLocalDate, 'is not a calendar date');
export type LocalDate = z.infer<typeof LocalDate>;

/** The years the service plans, publishes and counts in: a date a request names lies in them. */
export const SERVICE_YEARS = { first: 2000, last: 2100 } as const;

/**
 * A date the service works on (slots, releases, closures, fees, figures, shifts): a calendar date
 * within SERVICE_YEARS. Farther dates have no time-zone rules, holidays or slots worth computing.
 */
export const ServiceDate = LocalDate.refine((date) => {
  const year = Number(date.slice(0, 4));
  return !/^\d{4}-/.test(date) || (year >= SERVICE_YEARS.first && year <= SERVICE_YEARS.last);
}, `must be a date from ${SERVICE_YEARS.first}-01-01 to ${SERVICE_YEARS.last}-12-31`);

/** A consulate-local wall time, `YYYY-MM-DDTHH:mm`. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local time YYYY-MM-DDTHH:mm');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** An instant in UTC, ISO-8601 with milliseconds and `Z`. */
export const Instant = z.iso.datetime({ offset: false, precision: 3 });
export type Instant = z.infer<typeof Instant>;

/** Opaque identifiers are short printable strings. */
export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'is too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid identifier');
export type Id = z.infer<typeof Id>;

export const ConsulateId = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter consulate code such as PHX');
export const ProcedureId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a procedure slug such as passport-first')
  .max(64);

export const Bilingual = z.object({ es: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
