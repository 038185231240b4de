import type { QueueLoad } from '../../../shared/api/floor/queues';
import type { QueuesChangedPayload } from '../../../shared/realtime/events';

export interface QueueFiguresBroadcaster {
  /** These queues' figures changed (a call arrived, was answered or abandoned; members moved); none named: all. */
  changed(queueIds?: readonly string[]): void;
  /** Sends what is pending now (shutdown). */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Sends `queues:changed` to the leads with the absolute figures of the queues that changed, at most
 * one message per `batchMs`: changes are gathered, then every queue is read in one go (the figures
 * are grouped queries over all queues) and those that changed are sent. While callers wait their
 * waits grow: a queue with calls waiting counts as changed again in the next round, so the leads'
 * longest wait and waiting list keep moving without any event. Nothing is read while no lead watches.
 */
export function createQueueFiguresBroadcaster(options: {
  batchMs: number;
  hasSubscribers(): boolean;
  readQueues(): Promise<{ at: Date; queues: QueueLoad[] }>;
  emit(payload: QueuesChangedPayload): void;
  onError(error: unknown): void;
}): QueueFiguresBroadcaster {
  const pending = new Set<string>();
  let all = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = () => {
    if (!stopped) timer ??= setTimeout(() => void send(), options.batchMs);
  };

  async function send() {
    timer = null;
    const every = all;
    const ids = new Set(pending);
    all = false;
    pending.clear();
    if ((!every && ids.size === 0) || !options.hasSubscribers()) return;
    try {
      const { at, queues } = await options.readQueues();
      const changed = every ? queues : queues.filter((q) => ids.has(q.id));
      if (changed.length) options.emit({ queues: changed, at: at.toISOString() });
      const stillWaiting = queues.filter((q) => q.waiting > 0).map((q) => q.id);
      if (stillWaiting.length) {
        for (const id of stillWaiting) pending.add(id);
        schedule();
      }
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    changed(queueIds) {
      if (queueIds) for (const id of queueIds) pending.add(id);
      else all = true;
      schedule();
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await send();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
      all = false;
    },
  };
}
