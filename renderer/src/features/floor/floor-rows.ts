import { operatorStates, type FloorOperator, type OperatorState } from '../../../../shared/api/floor/floor';
import { foldForSearch } from '../../../../shared/domain/text/normalize';

export const sortColumns = [
  'name',
  'state',
  'since',
  'queue',
  'calls',
  'bookings',
  'avgHandle',
  'onShift',
  'reassignment',
] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'ascending' | 'descending';
export type FloorSort = { column: SortColumn; direction: SortDirection };

/** `queueId` 'all' shows every queue, 'none' those without one. */
export type FloorFilter = { text: string; state: OperatorState | 'all'; queueId: string };
export const noFilter: FloorFilter = { text: '', state: 'all', queueId: 'all' };

/** The operators the lead asked to see: by name or username (accents and case aside), state, queue. */
export function filterOperators(
  operators: readonly FloorOperator[],
  filter: FloorFilter,
): readonly FloorOperator[] {
  const text = foldForSearch(filter.text);
  if (!text && filter.state === 'all' && filter.queueId === 'all') return operators;
  return operators.filter(
    (o) =>
      (filter.state === 'all' || o.state === filter.state) &&
      (filter.queueId === 'all' ||
        (filter.queueId === 'none' ? o.queueId === null : o.queueId === filter.queueId)) &&
      (!text || foldForSearch(o.displayName).includes(text) || foldForSearch(o.username).includes(text)),
  );
}

/** A header pressed again reverses its order; a new column starts ascending (time in state: longest first). */
export function nextSort(current: FloorSort, column: SortColumn): FloorSort {
  if (current.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}

const stateRank = new Map(operatorStates.map((s, i) => [s, i]));
const reassignmentRank = { pending: 0, applied: 1, acknowledged: 2 } as const;

/**
 * Sorted by a column, ties by name then id, so the order is stable while rows change live. Time in
 * state ascending means the longest first (the oldest `since`); an average not known yet sorts last.
 */
export function sortOperators(
  operators: readonly FloorOperator[],
  sort: FloorSort,
  queueName: (queueId: string | null) => string,
  collator: Intl.Collator,
): readonly FloorOperator[] {
  const byName = (a: FloorOperator, b: FloorOperator) =>
    collator.compare(a.displayName, b.displayName) ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
  const compare = comparatorFor(sort.column, queueName, collator);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...operators].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

function comparatorFor(
  column: SortColumn,
  queueName: (queueId: string | null) => string,
  collator: Intl.Collator,
): (a: FloorOperator, b: FloorOperator) => number {
  switch (column) {
    case 'name':
      return (a, b) => collator.compare(a.displayName, b.displayName);
    case 'state':
      return (a, b) => (stateRank.get(a.state) ?? 0) - (stateRank.get(b.state) ?? 0);
    case 'since':
      return (a, b) => Date.parse(a.since) - Date.parse(b.since);
    case 'queue':
      return (a, b) => collator.compare(queueName(a.queueId), queueName(b.queueId));
    case 'calls':
      return (a, b) => a.callsToday - b.callsToday;
    case 'bookings':
      return (a, b) => a.bookingsToday - b.bookingsToday;
    case 'avgHandle':
      return (a, b) => (a.avgHandleSeconds ?? Infinity) - (b.avgHandleSeconds ?? Infinity) || 0;
    case 'onShift':
      return (a, b) => Number(b.onShift) - Number(a.onShift);
    case 'reassignment':
      return (a, b) =>
        (a.reassignment ? reassignmentRank[a.reassignment.status] : 3) -
        (b.reassignment ? reassignmentRank[b.reassignment.status] : 3);
  }
}
