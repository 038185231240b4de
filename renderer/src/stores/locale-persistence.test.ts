import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleStore } from './console-store';
import { persistLocale } from './locale-persistence';

/** A console as main.tsx starts it: a fresh store that remembers its language in the page's storage. */
const startConsole = () => {
  const store = createConsoleStore();
  const stop = persistLocale(store, window.localStorage);
  return { store, stop };
};

afterEach(() => window.localStorage.clear());

describe('the console’s language survives a reload', () => {
  it('starts in Spanish (es-MX) the first time', () => {
    expect(startConsole().store.getState().locale).toBe('es-MX');
  });

  it('comes back in English after the operator switched to English and reloaded', () => {
    const before = startConsole();
    before.store.getState().toggleLocale();
    before.stop();
    expect(startConsole().store.getState().locale).toBe('en');
  });

  it('comes back in Spanish after switching back', () => {
    const first = startConsole();
    first.store.getState().setLocale('en');
    first.store.getState().toggleLocale();
    first.stop();
    expect(startConsole().store.getState().locale).toBe('es-MX');
  });

  it('falls back to Spanish when what was kept is not a language the console speaks', () => {
    window.localStorage.setItem('miconsulado.locale', 'fr-FR');
    expect(startConsole().store.getState().locale).toBe('es-MX');
  });

  it('still starts (in Spanish) and still switches when the storage refuses to be read or written', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const store = createConsoleStore();
    persistLocale(store, refusing);
    expect(store.getState().locale).toBe('es-MX');
    store.getState().toggleLocale();
    expect(store.getState().locale).toBe('en');
  });
});
