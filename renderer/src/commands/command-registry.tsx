import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { MessageId } from '../i18n/catalog';
import { matchesShortcut, type Shortcut } from './shortcut';

/**
 * Everything the operator can do from the keyboard, in one registry: each feature registers its
 * commands while mounted; the global shortcut listener and the command palette read it.
 */
export type Command = {
  id: string;
  label: MessageId;
  shortcut?: Shortcut;
  /** Disabled commands stay listed in the palette, greyed, so the operator learns why not. */
  enabled?: boolean;
  run: () => void;
};

type Registry = {
  register: (command: Command) => () => void;
  subscribe: (listener: () => void) => () => void;
  snapshot: () => readonly Command[];
};

function createRegistry(): Registry {
  const commands = new Map<string, Command>();
  const listeners = new Set<() => void>();
  let list: readonly Command[] = [];
  const changed = () => {
    list = [...commands.values()];
    for (const l of listeners) l();
  };
  return {
    register: (command) => {
      commands.set(command.id, command);
      changed();
      return () => {
        if (commands.get(command.id) === command) {
          commands.delete(command.id);
          changed();
        }
      };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => list,
  };
}

const RegistryContext = createContext<Registry | null>(null);

export function CommandRegistryProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createRegistry);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('command used outside CommandRegistryProvider');
  return registry;
}

/** Registers a command while the component is mounted; `run` always sees the latest render. */
export function useCommand(command: Command): void {
  const registry = useRegistry();
  const runRef = useRef(command.run);
  useEffect(() => {
    runRef.current = command.run;
  });
  const run = useCallback(() => runRef.current(), []);
  const { id, label, shortcut, enabled } = command;
  useEffect(
    () => registry.register({ id, label, shortcut, enabled, run }),
    [registry, id, label, shortcut, enabled, run],
  );
}

export function useCommands(): readonly Command[] {
  const registry = useRegistry();
  return useSyncExternalStore(registry.subscribe, registry.snapshot, registry.snapshot);
}

/** One keydown listener for the whole console: a registered, enabled shortcut runs its command. */
export function useShortcutListener(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): void {
  const registry = useRegistry();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = registry.snapshot().find((c) => c.shortcut && matchesShortcut(event, c.shortcut));
      if (!command) return;
      event.preventDefault();
      if (command.enabled !== false) command.run();
    };
    target.addEventListener('keydown', onKeyDown as EventListener);
    return () => target.removeEventListener('keydown', onKeyDown as EventListener);
  }, [registry, target]);
}

export const useCommandList = (): readonly Command[] => {
  const commands = useCommands();
  return useMemo(() => [...commands].sort((a, b) => a.id.localeCompare(b.id)), [commands]);
};
