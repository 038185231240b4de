import { defaultLocale, locales, type Locale } from '../i18n/locales';
import type { ConsoleStore } from './console-store';

const KEY = 'miconsulado.locale';

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The language this console was last used in; es-MX when none was kept, or what was kept is not a language it speaks. */
export function storedLocale(storage: Storage): Locale {
  try {
    const value = storage.getItem(KEY);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    // Storage refused (disabled, or a sandboxed page): the console still works, in its default language.
    return defaultLocale;
  }
}

/**
 * Keeps the console's language across reloads and restarts: the store starts in the stored
 * language and every change is written back (localStorage, in a browser tab and in the desktop shell).
 */
export function persistLocale(store: ConsoleStore, storage: Storage): () => void {
  store.getState().setLocale(storedLocale(storage));
  return store.subscribe((state, previous) => {
    if (state.locale === previous.locale) return;
    try {
      storage.setItem(KEY, state.locale);
    } catch {
      // A full or refused storage only means the choice is not remembered.
    }
  });
}
