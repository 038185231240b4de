/**
 * Counts commits of each grid cell, by slot id, so tests and the end-to-end measurement can show
 * that a live seat change re-renders only the cell that changed. Active in development and tests,
 * and in a build made with VITE_MEASURE_RENDERS=1; in a production build the hook is a no-op and
 * the counting code folds away.
 */
import { useEffect } from 'react';

export const renderCountingEnabled: boolean = import.meta.env.DEV || import.meta.env.VITE_MEASURE_RENDERS === '1';

const counts = new Map<string, number>();

export const renderCounter = {
  record(id: string): void {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  },
  /** Commits of one cell since the last reset. */
  of(id: string): number {
    return counts.get(id) ?? 0;
  },
  /** Commits of every cell since the last reset. */
  total(): number {
    let sum = 0;
    for (const n of counts.values()) sum += n;
    return sum;
  },
  snapshot(): Record<string, number> {
    return Object.fromEntries(counts);
  },
  reset(): void {
    counts.clear();
  },
};

declare global {
  interface Window {
    /** The render counter, for the end-to-end measurement (only when counting is enabled). */
    __miconsuladoSlotCellRenders?: typeof renderCounter;
  }
}

if (renderCountingEnabled && typeof window !== 'undefined') window.__miconsuladoSlotCellRenders = renderCounter;

function useCountCommits(id: string): void {
  // No dependency list: runs after every commit of the cell (once per real render, StrictMode aside).
  useEffect(() => {
    renderCounter.record(id);
  });
}

const noop = (_id: string): void => undefined;

/** Records each commit of the calling cell under `id` (no-op in production). */
export const useRenderCount: (id: string) => void = renderCountingEnabled ? useCountCommits : noop;
