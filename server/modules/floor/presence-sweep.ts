/**
 * An instance that dies (SIGKILL, a lost machine) takes its sockets with it and nobody sees those
 * consoles go: its users would stay online forever. Every `intervalMs` (the presence grace period)
 * one instance lists the users the database holds online who have no console on any instance; the
 * ones found that way twice in a row — a whole grace period without a console anywhere — are
 * reported gone (the floor service checks once more before writing). A console that reconnected to
 * another instance in between clears them.
 */
export interface PresenceSweepDeps {
  intervalMs: number;
  /** Users the database holds online (any state but offline). */
  heldOnline(): Promise<readonly string[]>;
  /** Users with a console on any instance now. Rejects when an instance does not answer. */
  connected(): Promise<ReadonlySet<string>>;
  gone(userId: string): Promise<void>;
  /** Whether this instance sweeps this time (one lease holder among the instances). */
  claim(): Promise<boolean>;
  onError(error: unknown): void;
}

export interface PresenceSweep {
  /** One sweep now (the timer's work; tests call it directly). */
  sweep(): Promise<void>;
  stop(): void;
}

export function createPresenceSweep(deps: PresenceSweepDeps): PresenceSweep {
  // Users seen held online without a console at the last sweep.
  let suspects = new Set<string>();
  let running: Promise<void> | null = null;

  async function sweepOnce() {
    if (!(await deps.claim())) {
      // Another instance sweeps; if it dies, this one starts over when it gets the lease.
      suspects = new Set();
      return;
    }
    const [held, connected] = await Promise.all([deps.heldOnline(), deps.connected()]);
    const next = new Set<string>();
    for (const userId of held) {
      if (connected.has(userId)) continue;
      if (suspects.has(userId)) await deps.gone(userId).catch(deps.onError);
      else next.add(userId);
    }
    suspects = next;
  }

  const sweep = () => {
    // A slow sweep is never overlapped by the next tick.
    running ??= sweepOnce()
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
    stop: () => clearInterval(timer),
  };
}
