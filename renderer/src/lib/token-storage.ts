/**
 * Where the session token lives: the desktop shell's encrypted store (safeStorage) when the
 * preload offers it, else the browser tab's sessionStorage (gone when the tab closes).
 */
export type TokenStorage = {
  get(): Promise<string | null>;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
};

const KEY = 'miconsulado.token';

export const browserTokenStorage = (storage: Storage): TokenStorage => ({
  get: async () => storage.getItem(KEY),
  set: async (token) => storage.setItem(KEY, token),
  clear: async () => storage.removeItem(KEY),
});

export const tokenStorage = (): TokenStorage =>
  window.miconsulado?.tokens ?? browserTokenStorage(window.sessionStorage);
