import type { Locale } from './locales';

/**
 * A feature's message catalog: each message with both languages side by side (ICU MessageFormat),
 * so a missing translation is a type error, not a blank on an operator's screen.
 */
export type MessageEntry = Record<Locale, string>;

export const defineMessages = <K extends string>(
  messages: Record<K, MessageEntry>,
): Record<K, MessageEntry> => messages;
