import { useShortcutListener } from '../commands/command-registry';
import { useRealtimeSync } from '../realtime/use-realtime-sync';

/** What ConsoleScreen mounts once for the whole console (live sync, shortcut listener), for tests that render panels alone. */
export function ConsoleHooks() {
  useRealtimeSync();
  useShortcutListener();
  return null;
}
