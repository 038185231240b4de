import type { FloorOperator } from '../../../shared/api/floor/floor';
import type { FloorChangedPayload } from '../../../shared/realtime/events';

export interface FloorChangeBroadcaster {
  changed(userIds: readonly string[]): void;
  /** Sends what is pending now (shutdown). */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Gathers the users whose rows changed for `batchMs`, then reads their rows in one query and sends
 * one `floor:changed` with absolute rows (a replay is harmless). 400 operators changing state every
 * few seconds make a few messages a second, and nothing is read while no lead is watching.
 */
export function createFloorChangeBroadcaster(options: {
  batchMs: number;
  hasSubscribers(): boolean;
  readOperators(userIds: readonly string[]): Promise<{ at: Date; operators: FloorOperator[] }>;
  emit(payload: FloorChangedPayload): void;
  onError(error: unknown): void;
}): FloorChangeBroadcaster {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function send() {
    timer = null;
    const userIds = [...pending];
    pending.clear();
    if (userIds.length === 0 || !options.hasSubscribers()) return;
    try {
      const { at, operators } = await options.readOperators(userIds);
      if (operators.length) options.emit({ operators, at: at.toISOString() });
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    changed(userIds) {
      for (const id of userIds) pending.add(id);
      timer ??= setTimeout(() => void send(), options.batchMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await send();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
  };
}
