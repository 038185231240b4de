/**
 * Every `intervalMs` the server closes the calls nobody closed (closeStaleCalls). With several
 * instances one of them sweeps per round (a lease); each close is a conditional update besides, so
 * two sweepers at once would still close a call once.
 */
export interface CallSweeperDeps {
  intervalMs: number;
  sweep(): Promise<unknown>;
  /** Whether this instance sweeps this round (always, alone). */
  claim(): Promise<boolean>;
  onError(error: unknown): void;
}

export interface CallSweeper {
  /** One round now (the timer's work; tests may call it). */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

export function startCallSweeper(deps: CallSweeperDeps): CallSweeper {
  let running: Promise<void> | null = null;
  const sweep = () => {
    // A slow round is never overlapped by the next tick.
    running ??= (async () => {
      if (await deps.claim()) await deps.sweep();
    })()
      .catch(deps.onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void sweep(), deps.intervalMs);
  timer.unref?.();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
