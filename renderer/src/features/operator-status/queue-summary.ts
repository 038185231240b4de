import type { Queue } from '../../../../shared/api/floor/queues';

/** How many of a queue's first-served consulates or services the header chip names. */
export const CHIP_ITEMS = 4;

/**
 * What a queue's operators serve first, as the operator reads it: the consulates' codes of a
 * region queue ("DAL, HOU, SAT"), or the services of a procedure-family queue by their names.
 */
export function servesFirst(queue: Queue, procedureName: (id: string) => string): string[] {
  return [...queue.servesFirst.consulateIds, ...queue.servesFirst.procedureIds.map(procedureName)];
}

/** The first `max` items, "…" when there are more. */
export function shortList(items: readonly string[], max = CHIP_ITEMS): string {
  return items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', ');
}
