/**
 * Counts commits of each floor row, by user id, so a test (and the floor bench, through
 * `window.__miconsuladoFloorRowRenders`) can show that a live change of one operator re-renders
 * only that operator's row. Active in development and tests, and in a build made with
 * VITE_MEASURE_RENDERS=1; in a production build the hook is a no-op and the counting folds away.
 */
import { useEffect } from 'react';

const enabled: boolean = import.meta.env.DEV || import.meta.env.VITE_MEASURE_RENDERS === '1';
const counts = new Map<string, number>();

export const rowRenderCounter = {
  /** Commits of one operator's row since the last reset. */
  of: (userId: string): number => counts.get(userId) ?? 0,
  /** Commits of every row since the last reset. */
  total: (): number => [...counts.values()].reduce((a, b) => a + b, 0),
  snapshot: (): Record<string, number> => Object.fromEntries(counts),
  reset: (): void => counts.clear(),
};

declare global {
  interface Window {
    /** The floor rows' render counter, for the floor bench (only when counting is enabled). */
    __miconsuladoFloorRowRenders?: typeof rowRenderCounter;
  }
}

if (enabled && typeof window !== 'undefined') window.__miconsuladoFloorRowRenders = rowRenderCounter;

function useCountCommits(userId: string): void {
  // No dependency list: runs after every commit of the row.
  useEffect(() => {
    counts.set(userId, (counts.get(userId) ?? 0) + 1);
  });
}

/** Records each commit of the calling row (no-op in production). */
export const useRowRenderCount: (userId: string) => void = enabled ? useCountCommits : () => undefined;
