import type { StateCreator } from 'zustand';
import { defaultLocale, type Locale } from '../../i18n/locales';
import type { ConsoleState } from '../console-store';

/** The console's panels, in the order of a call; each has a shortcut (Alt+1…) and a primary control. */
export const panels = ['caller', 'procedure', 'consulate', 'slots', 'booking'] as const;
export type Panel = (typeof panels)[number];

export type UiSlice = {
  locale: Locale;
  paletteOpen: boolean;
  /** A request to move focus to a panel's primary control; the nonce makes a repeat request count. */
  focusRequest: { panel: Panel; nonce: number } | null;
  /** A consulate-local date (YYYY-MM-DD) the slot grid should scroll to, asked from "next days with seats". */
  slotsJumpToDate: string | null;
  setLocale: (locale: Locale) => void;
  toggleLocale: () => void;
  setPaletteOpen: (open: boolean) => void;
  focusPanel: (panel: Panel) => void;
  /** Shows that date in the slot grid and moves focus there. */
  jumpToSlotsDate: (date: string) => void;
  clearSlotsJump: () => void;
};

export const createUiSlice: StateCreator<ConsoleState, [], [], UiSlice> = (set, get) => ({
  locale: defaultLocale,
  paletteOpen: false,
  focusRequest: null,
  slotsJumpToDate: null,
  setLocale: (locale) => set({ locale }),
  toggleLocale: () => set({ locale: get().locale === 'en' ? 'es-MX' : 'en' }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  focusPanel: (panel) => set({ focusRequest: { panel, nonce: (get().focusRequest?.nonce ?? 0) + 1 } }),
  clearSlotsJump: () => set({ slotsJumpToDate: null }),
  jumpToSlotsDate: (date) =>
    set({
      slotsJumpToDate: date,
      focusRequest: { panel: 'slots', nonce: (get().focusRequest?.nonce ?? 0) + 1 },
    }),
});
