import type { QueueLoad } from '../../../../shared/api/floor/queues';
import type { MessageId } from '../../i18n/catalog';

export const loadParts = ['available', 'onCall', 'wrapUp', 'onBreak', 'offline'] as const;
export type LoadPart = (typeof loadParts)[number];

/** Each state's name in the catalog. */
export const partLabel: Record<LoadPart, MessageId> = {
  available: 'queues.col.available',
  onCall: 'queues.col.onCall',
  wrapUp: 'queues.col.wrapUp',
  onBreak: 'queues.col.onBreak',
  offline: 'queues.col.offline',
};

/**
 * The share of a queue's members in each state, as percentages of the bar's width that add up to
 * 100 (or all zero for a queue without members). Rounding goes to the largest parts first.
 */
export function loadShares(load: Pick<QueueLoad, LoadPart>): Record<LoadPart, number> {
  const total = loadParts.reduce((sum, p) => sum + load[p], 0);
  const shares = Object.fromEntries(loadParts.map((p) => [p, 0])) as Record<LoadPart, number>;
  if (total === 0) return shares;
  const exact = loadParts.map((p) => ({ p, value: (load[p] * 100) / total }));
  for (const { p, value } of exact) shares[p] = Math.floor(value);
  let left = 100 - loadParts.reduce((sum, p) => sum + shares[p], 0);
  for (const { p } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left <= 0) break;
    if (load[p] === 0) continue;
    shares[p]++;
    left--;
  }
  return shares;
}
