import { z } from 'zod';
import { ConsulateId, listOf } from '../common';

export const Consulate = z.object({
  id: ConsulateId,
  name: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.enum(['US', 'CA']),
  timeZone: z.string(),
  /** Booking stops this many minutes before a slot starts (a slot that close shows no seat). */
  minLeadMinutes: z.number().int().nonnegative(),
  /** Days ahead (consulate-local) slots are published without a lead saying so on purpose. */
  bookingHorizonDays: z.number().int().positive(),
  /** Street address, one line, as read to a caller (null: not on record; absent: an older server). */
  address: z.string().nullable().optional(),
});
export type Consulate = z.infer<typeof Consulate>;
export const ConsulateList = listOf(Consulate);
