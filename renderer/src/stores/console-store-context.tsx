import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ConsoleState, ConsoleStore } from './console-store';

const StoreContext = createContext<ConsoleStore | null>(null);

export function ConsoleStoreProvider({ store, children }: { store: ConsoleStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for handlers that read state at the moment they run (`getState()`). */
export function useConsoleStore(): ConsoleStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useConsoleStore outside ConsoleStoreProvider');
  return store;
}

/** Subscribes to one value of the console state; select single values or use useShallow. */
export function useConsole<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useConsoleStore(), selector);
}
