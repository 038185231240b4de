import type { PracticeCheckId } from '../api/practice';

/** What each check is worth when every check applies (sums to 100). */
export const BASE_POINTS: Readonly<Record<PracticeCheckId, number>> = {
  applicant: 15,
  procedure: 15,
  requirements: 10,
  consulate: 10,
  slot: 15,
  outcome: 10,
  read_back: 10,
  wrap_up: 10,
  time: 5,
};

/**
 * Shares 100 points among the checks that apply, in proportion to their base points, as whole
 * numbers that always add up to 100 (largest remainder; ties go to the earlier check).
 */
export function apportionPoints(ids: readonly PracticeCheckId[]): Map<PracticeCheckId, number> {
  const total = ids.reduce((sum, id) => sum + BASE_POINTS[id], 0);
  const shares = ids.map((id, order) => {
    const exact = total === 0 ? 0 : (BASE_POINTS[id] * 100) / total;
    return { id, order, points: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total === 0 ? 0 : 100 - shares.reduce((sum, s) => sum + s.points, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (left <= 0) break;
    share.points += 1;
    left -= 1;
  }
  return new Map(shares.map((s) => [s.id, s.points]));
}
