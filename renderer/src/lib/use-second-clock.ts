import { useSyncExternalStore } from 'react';

/**
 * One clock for the console, ticking once a second while anything shows a time in state (the
 * floor's rows, the operator's own status). Each ticking leaf reads it through
 * useSyncExternalStore, so a tick re-renders those small leaves (on the floor, the visible rows
 * only: the table is virtualised) and never what is around them.
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
export function useSecondClock(): number {
  // Nothing ticking yet: the first reader starts from the time now, not from when the clock last stopped.
  if (timer === undefined) now = Date.now();
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
