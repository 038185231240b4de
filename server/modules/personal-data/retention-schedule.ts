/**
 * Runs the retention job every `intervalMs` (RETENTION_INTERVAL_MS, daily), the first round a minute
 * after the start at most (a server restarted more often than daily still runs it). With several
 * instances one of them runs a round (a lease named `retention`, as the call sweep's); two at once
 * would still anonymise each person once.
 */
export interface RetentionScheduleDeps {
  intervalMs: number;
  run(): Promise<unknown>;
  /** Whether this instance runs this round (always, alone). */
  claim(): Promise<boolean>;
  onError(error: unknown): void;
}

export interface RetentionSchedule {
  /** One round now (the timer's work). */
  round(): Promise<void>;
  stop(): Promise<void>;
}

export function startRetentionSchedule(deps: RetentionScheduleDeps): RetentionSchedule {
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = () => {
    // A slow round is never overlapped by the next tick.
    running ??= (async () => {
      if (!stopped && (await deps.claim())) await deps.run();
    })()
      .catch(deps.onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void round(), Math.min(deps.intervalMs, 60_000));
  first.unref?.();
  const timer = setInterval(() => void round(), deps.intervalMs);
  timer.unref?.();
  return {
    round,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
