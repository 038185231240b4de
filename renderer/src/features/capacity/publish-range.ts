import { MAX_PUBLISH_RANGE_DAYS } from '../../../../shared/api/capacity';
import { addDays, daysBetween, isLocalDate } from '../../../../shared/domain/time/local-date';

/** The usual monthly release: the whole of next month. */
export function nextMonthRange(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const following = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(following, -1) };
}

export type RangeProblem = 'missing' | 'order' | 'tooLong';

/** Why a range cannot be published, or null when it can. */
export function publishRangeProblem(from: string, to: string): RangeProblem | null {
  if (!isLocalDate(from) || !isLocalDate(to)) return 'missing';
  if (to < from) return 'order';
  if (daysBetween(from, to) + 1 > MAX_PUBLISH_RANGE_DAYS) return 'tooLong';
  return null;
}

/**
 * The last date a release may reach without the lead saying so on purpose: the consulate's booking
 * horizon from its today (the server refuses further unless `beyondHorizon` is sent, and records it).
 */
export const lastDateWithinHorizon = (today: string, horizonDays: number) => addDays(today, horizonDays);
