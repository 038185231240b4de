import { useSyncExternalStore } from 'react';

/**
 * One clock for the whole floor, ticking once a second while anything shows a time in state. Each
 * ticking cell reads it through useSyncExternalStore, so a tick re-renders those small cells (the
 * visible rows only: the table is virtualised) and never the rows around them.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const snapshot = () => now;

/** The shared clock's time (ms), updated every second. */
export const useSecondClock = (): number => useSyncExternalStore(subscribe, snapshot, snapshot);
