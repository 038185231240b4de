import { z } from 'zod';
import { Bilingual, ConsulateId, Id, ProcedureId, listOf } from '../common';

/** A queue groups calls by the region of the consulates asked for, or by procedure family. */
export const QueueKind = z.enum(['region', 'procedure_family']);
export type QueueKind = z.infer<typeof QueueKind>;

/** A named queue and what its operators serve first (consulates of a region, or procedures). */
export const Queue = z.object({
  id: Id,
  name: Bilingual,
  kind: QueueKind,
  servesFirst: z.object({ consulateIds: z.array(ConsulateId), procedureIds: z.array(ProcedureId) }),
});
export type Queue = z.infer<typeof Queue>;

/** A queue with its operators and its load now and today (lead's view). */
export const QueueLoad = Queue.extend({
  members: z.number().int().nonnegative(),
  available: z.number().int().nonnegative(),
  onCall: z.number().int().nonnegative(),
  wrapUp: z.number().int().nonnegative(),
  onBreak: z.number().int().nonnegative(),
  offline: z.number().int().nonnegative(),
  callsToday: z.number().int().nonnegative(),
  callsLastHour: z.number().int().nonnegative(),
});
export type QueueLoad = z.infer<typeof QueueLoad>;
export const QueueLoadList = listOf(QueueLoad);
