import type { MyStatus } from '../../../shared/api/floor/floor';

/**
 * Sends `status:changed` to every console of a user after each change. Reads are not repeated while
 * one is in flight: a change during a read marks the user dirty and one more read follows, so the
 * last status sent is always the latest. Users without a console are skipped.
 */
export function createStatusBroadcaster(options: {
  hasConsoles(userId: string): boolean;
  readStatus(userId: string): Promise<MyStatus>;
  emit(userId: string, status: MyStatus): void;
  onError(error: unknown): void;
}) {
  const reading = new Set<string>();
  const dirty = new Set<string>();

  async function send(userId: string) {
    reading.add(userId);
    try {
      do {
        dirty.delete(userId);
        if (!options.hasConsoles(userId)) continue;
        options.emit(userId, await options.readStatus(userId));
      } while (dirty.has(userId));
    } catch (error) {
      options.onError(error);
    } finally {
      reading.delete(userId);
      dirty.delete(userId);
    }
  }

  return {
    changed(userId: string) {
      if (reading.has(userId)) dirty.add(userId);
      else void send(userId);
    },
  };
}
