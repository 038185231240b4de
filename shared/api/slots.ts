import { z } from 'zod';
import { daysBetween, isLocalDate } from '../domain/time/local-date';
import { ConsulateId, Id, Instant, LocalDateTime, ProcedureId, ServiceDate, listOf } from './common';

export const MAX_SLOT_RANGE_DAYS = 62;

export const Slot = z.object({
  id: Id,
  consulateId: ConsulateId,
  start: Instant,
  end: Instant,
  localStart: LocalDateTime,
  capacity: z.number().int().nonnegative(),
  available: z.number().int().nonnegative(),
});
export type Slot = z.infer<typeof Slot>;
export const SlotList = listOf(Slot).extend({
  /** Sequence number of the consulate's last change included in this answer (see slots:changed). */
  seq: z.number().int().nonnegative().optional(),
});

/** `from`..`to` in order and at most MAX_SLOT_RANGE_DAYS days long, inclusive. */
export function checkSlotRange(q: { from: string; to: string }, ctx: z.RefinementCtx) {
  // zod runs this even when a date failed its own check: that failure is reported already.
  if (!isLocalDate(q.from) || !isLocalDate(q.to)) return;
  if (q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
  else if (daysBetween(q.from, q.to) + 1 > MAX_SLOT_RANGE_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_SLOT_RANGE_DAYS} days at once` });
}

export const slotRangeFields = { consulateId: ConsulateId, from: ServiceDate, to: ServiceDate };
export const SlotRange = z.strictObject(slotRangeFields).superRefine(checkSlotRange);
export type SlotRange = z.infer<typeof SlotRange>;

export const SlotListQuery = z
  .object({
    consulateId: ConsulateId,
    procedureId: ProcedureId.optional(),
    from: ServiceDate,
    to: ServiceDate,
  })
  .superRefine(checkSlotRange);
export type SlotListQuery = z.infer<typeof SlotListQuery>;

export const UpdateSlotBody = z.strictObject({
  capacity: z.number().int('capacity must be a whole number').min(0).max(500),
});
export type UpdateSlotBody = z.infer<typeof UpdateSlotBody>;
