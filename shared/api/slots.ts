import { z } from 'zod';
import { ConsulateId, Id, Instant, LocalDate, LocalDateTime, ProcedureId, listOf } from './common';

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

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

export const SlotRange = z
  .strictObject({ consulateId: ConsulateId, from: LocalDate, to: LocalDate })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
    else if (dayNumber(q.to) - dayNumber(q.from) + 1 > MAX_SLOT_RANGE_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_SLOT_RANGE_DAYS} days at once` });
  });
export type SlotRange = z.infer<typeof SlotRange>;

export const SlotListQuery = z
  .object({ consulateId: ConsulateId, procedureId: ProcedureId.optional(), from: LocalDate, to: LocalDate })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
    else if (dayNumber(q.to) - dayNumber(q.from) + 1 > MAX_SLOT_RANGE_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_SLOT_RANGE_DAYS} days at once` });
  });
export type SlotListQuery = z.infer<typeof SlotListQuery>;

export const UpdateSlotBody = z.strictObject({ capacity: z.number().int('capacity must be a whole number').min(0).max(500) });
export type UpdateSlotBody = z.infer<typeof UpdateSlotBody>;
