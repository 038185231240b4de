import type { Locale } from '../../i18n/locales';

/** Whole seconds from `startMs` to `nowMs`; never negative, even if the clocks disagree. */
export const elapsedSeconds = (startMs: number, nowMs: number): number =>
  Math.max(0, Math.floor((nowMs - startMs) / 1000));

const two = (n: number) => String(n).padStart(2, '0');

/** The call clock: "03:12", or "1:03:12" past an hour. */
export function formatClock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * A duration in words, by Intl: "3 min 12 s" (short) or "3 minutos y 12 segundos" (long). Zero
 * parts are left out, except a lone "0 s".
 */
export function formatDuration(
  totalSeconds: number,
  locale: Locale,
  style: 'short' | 'long' = 'short',
): string {
  const parts: [Intl.NumberFormatOptions['unit'], number][] = [
    ['hour', Math.floor(totalSeconds / 3600)],
    ['minute', Math.floor((totalSeconds % 3600) / 60)],
    ['second', totalSeconds % 60],
  ];
  const shown = parts.filter(([, value]) => value > 0);
  const words = (shown.length ? shown : parts.slice(2)).map(([unit, value]) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(value),
  );
  return style === 'short'
    ? words.join(' ')
    : new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
