import type { PracticeResult } from '../../../../shared/api/practice';

export type TraineeTrend = {
  userId: string;
  displayName: string;
  scores: number[];
  last: number;
  mean: number;
};

/** Each person's scores oldest to newest, with the latest and the rounded mean; people by name. */
export function trendsOf(results: readonly PracticeResult[]): TraineeTrend[] {
  const byUser = new Map<string, PracticeResult[]>();
  for (const result of results) byUser.set(result.userId, [...(byUser.get(result.userId) ?? []), result]);
  return [...byUser.values()]
    .map((own) => {
      const ordered = [...own].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
      const scores = ordered.map((r) => r.score);
      return {
        userId: ordered[0]!.userId,
        displayName: ordered[0]!.displayName,
        scores,
        last: scores[scores.length - 1]!,
        mean: Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length),
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The people who have results, by name, for the filter. */
export const traineesOf = (results: readonly PracticeResult[]): { userId: string; displayName: string }[] =>
  trendsOf(results).map(({ userId, displayName }) => ({ userId, displayName }));
