import { z } from 'zod';
import { Slot } from '../slots';
import { ConsulateId, ProcedureId } from '../common';

/** How many consulates an answer ranks at most (all of them), and by default. */
export const NEAREST_MAX = 57;
export const NEAREST_DEFAULT = 5;

/** A postal code read for a lookup: a US ZIP code's 5 digits, or a Canadian forward sortation area. */
export type PostalCode = { country: 'US' | 'CA'; code: string };

const US_ZIP = /^(\d{5})(?:-\d{4})?$/;
/** A1A, or A1A 1A1 (with or without the space, or with a hyphen): the first three are the area. */
const CA_POSTAL = /^([A-Z]\d[A-Z])(?:[ -]?\d[A-Z]\d)?$/;

/**
 * What a typed postal code names: `85711`, `85711-1234` → US 85711; `m5v`, `M5V 3L9`, `M5V3L9` →
 * CA M5V (the forward sortation area: Canada's first three characters). Anything else is null.
 */
export function readPostalCode(text: string): PostalCode | null {
  const trimmed = text.trim().toUpperCase();
  const us = US_ZIP.exec(trimmed);
  if (us) return { country: 'US', code: us[1] as string };
  const ca = CA_POSTAL.exec(trimmed);
  if (ca) return { country: 'CA', code: ca[1] as string };
  return null;
}

export const NearestConsulatesQuery = z.strictObject({
  /** A US ZIP code (5 digits, ZIP+4 allowed) or a Canadian postal code (A1A or A1A 1A1). */
  postalCode: z
    .string()
    .max(20, 'postal code is too long')
    .refine(
      (text) => readPostalCode(text) !== null,
      'must be a US ZIP code (5 digits) or a Canadian postal code (A1A or A1A 1A1)',
    ),
  procedureId: ProcedureId,
  /** How many consulates, nearest first (default 5, at most all 57). */
  limit: z.coerce.number().int().min(1).max(NEAREST_MAX).default(NEAREST_DEFAULT),
});
export type NearestConsulatesQuery = z.infer<typeof NearestConsulatesQuery>;

export const NearestConsulate = z.object({
  consulateId: ConsulateId,
  /** Great-circle distance from the postal code's centroid to the consulate's, in whole kilometres. */
  distanceKm: z.number().int().nonnegative(),
  /** The earliest slot with a seat for the procedure, as GET /api/slots shows it; null: none published. */
  firstAvailable: Slot.nullable(),
});
export type NearestConsulate = z.infer<typeof NearestConsulate>;

export const NearestConsulateList = z.object({ items: z.array(NearestConsulate) });
export type NearestConsulateList = z.infer<typeof NearestConsulateList>;
