import { z } from 'zod';
import { Bilingual, ProcedureId, listOf } from './common';

export const Fee = z.object({ label: Bilingual, amountUsd: z.number().nonnegative() });
export type Fee = z.infer<typeof Fee>;

export const Procedure = z.object({
  id: ProcedureId,
  name: Bilingual,
  durationMinutes: z.number().int().positive(),
  requirements: z.array(Bilingual),
  fees: z.array(Fee),
  /** Procedure that must be booked (and kept) before this one can be, e.g. a document review. */
  requiresProcedureId: ProcedureId.nullable(),
});
export type Procedure = z.infer<typeof Procedure>;
export const ProcedureList = listOf(Procedure);

export const ProcedureListQuery = z.object({
  /** Fees in force on this date (defaults to today, UTC). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
