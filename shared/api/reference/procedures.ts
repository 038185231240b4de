import { z } from 'zod';
import { NoCurpReason } from '../applicants';
import { Bilingual, ConsulateId, ProcedureId, ServiceDate, listOf } from '../common';

export const Currency = z.enum(['USD', 'CAD']);
export type Currency = z.infer<typeof Currency>;

/**
 * One fee line in force at a consulate on a date, in the consulate's currency. `amount` is null
 * when no citable source gives it (next year's fees before they are published, an amount in
 * Canadian dollars nobody published): the operator says so, never a guess or a conversion.
 */
export const Fee = z.object({
  label: Bilingual,
  amount: z.number().nonnegative().nullable(),
  currency: Currency,
  /** Version 1's field: the amount when it is in US dollars and known, else null. */
  amountUsd: z.number().nonnegative().nullable(),
});
export type Fee = z.infer<typeof Fee>;

/** Who may have a procedure: ages on the appointment date, and who may book it without a CURP. */
export const Eligibility = z.object({
  minAge: z.number().int().nonnegative().nullable(),
  maxAge: z.number().int().nonnegative().nullable(),
  noCurpReasons: z.array(NoCurpReason),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const Procedure = z.object({
  id: ProcedureId,
  name: Bilingual,
  durationMinutes: z.number().int().positive(),
  requirements: z.array(Bilingual),
  fees: z.array(Fee),
  /** Procedure that must be booked (and kept) before this one can be, e.g. a document review. */
  requiresProcedureId: ProcedureId.nullable(),
  eligibility: Eligibility,
  /** Procedures sharing a group may not be active together for one person (the passports). */
  bookingGroup: z.string(),
});
export type Procedure = z.infer<typeof Procedure>;
export const ProcedureList = listOf(Procedure);

export const ProcedureListQuery = z.object({
  /** Fees in force on this date (defaults to today at the consulate, or in Mexico City). */
  date: ServiceDate.optional(),
  /** Fees as this consulate charges them, in its currency (defaults to a US consulate's, in USD). */
  consulateId: ConsulateId.optional(),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;
