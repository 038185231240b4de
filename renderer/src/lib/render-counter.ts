/**
 * Counts the commits of memoised items (grid cells, floor rows) by id, so tests and the benches
 * can show that a live change re-renders only the item it touched. Active in development and
 * tests, and in a build made with VITE_MEASURE_RENDERS=1; in a production build the hook is a
 * no-op and the counting folds away.
 */
import { useEffect } from 'react';

const renderCountingEnabled: boolean = import.meta.env.DEV || import.meta.env.VITE_MEASURE_RENDERS === '1';

export type RenderCounter = {
  /** Commits of one item since the last reset. */
  of(id: string): number;
  /** Commits of every item since the last reset. */
  total(): number;
  snapshot(): Record<string, number>;
  reset(): void;
};

/**
 * A counter of its own, and the hook that feeds it. When counting is enabled the counter is also
 * published on `window[windowName]`, where the end-to-end measurement and the benches read it.
 */
export function createRenderCounter(windowName: `__miconsulado${string}`): {
  counter: RenderCounter;
  useRenderCount: (id: string) => void;
} {
  const counts = new Map<string, number>();
  const counter: RenderCounter = {
    of: (id) => counts.get(id) ?? 0,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    snapshot: () => Object.fromEntries(counts),
    reset: () => counts.clear(),
  };
  if (renderCountingEnabled && typeof window !== 'undefined')
    (window as unknown as Record<string, RenderCounter>)[windowName] = counter;

  function useCountCommits(id: string): void {
    // No dependency list: runs after every commit of the item (once per real render, StrictMode aside).
    useEffect(() => {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
  }
  return { counter, useRenderCount: renderCountingEnabled ? useCountCommits : () => undefined };
}
