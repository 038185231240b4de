import type { ShiftCoverage } from '../../../../shared/api/shifts';

export type CoverageOperator = ShiftCoverage['operators'][number];
export const operatorFilters = ['all', 'missing', 'unscheduled'] as const;
export type OperatorFilter = (typeof operatorFilters)[number];

/** Scheduled to be on the phones now, but offline. */
export const isMissing = (o: CoverageOperator) => o.scheduledNow && o.state === 'offline';
/** Logged in now without a shift now. */
export const isUnscheduled = (o: CoverageOperator) => !o.scheduledNow && o.state !== 'offline';

const tests: Record<OperatorFilter, (o: CoverageOperator) => boolean> = {
  all: () => true,
  missing: isMissing,
  unscheduled: isUnscheduled,
};

/** The operators a filter keeps, by name ("Operador 2" before "Operador 10"). */
export function filterOperators(
  operators: readonly CoverageOperator[],
  filter: OperatorFilter,
  locale: string,
): CoverageOperator[] {
  return operators
    .filter(tests[filter])
    .sort((a, b) => a.displayName.localeCompare(b.displayName, locale, { numeric: true }));
}

export function filterCounts(operators: readonly CoverageOperator[]): Record<OperatorFilter, number> {
  return {
    all: operators.length,
    missing: operators.filter(isMissing).length,
    unscheduled: operators.filter(isUnscheduled).length,
  };
}
