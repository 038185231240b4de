import { z } from 'zod';
import { ConsulateId, listOf } from './common';

export const Consulate = z.object({
  id: ConsulateId,
  name: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.enum(['US', 'CA']),
  timeZone: z.string(),
});
export type Consulate = z.infer<typeof Consulate>;
export const ConsulateList = listOf(Consulate);
