import type { Consulate } from '../../../../shared/api/reference/consulates';
import type { WaitlistEntry } from '../../../../shared/api/waitlist';
import { addDays, daysBetween, isLocalDate } from '../../../../shared/domain/time/local-date';
import { todayIn } from '../../../../shared/domain/time/zoned-time';
import type { Locale } from '../../i18n/locales';

/** A calendar date (YYYY-MM-DD) as noon UTC: formatted in UTC it is that day in every locale. */
const noonUtc = (date: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
};

/** An entry's consulate-local dates as a short range: "10–24 dic", "Dec 10 – 24" (one day: "10 dic"). */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return from === to ? format.format(noonUtc(from)) : format.formatRange(noonUtc(from), noonUtc(to));
}

/** The consulates of an entry by city, in the entry's order ("Tucson, Nogales"); an unknown id stays as is. */
export const consulateCities = (ids: readonly string[], consulates: readonly Consulate[]): string =>
  ids.map((id) => consulates.find((c) => c.id === id)?.city ?? id).join(', ');

/** Offered entries first (their seat is held now), then waiting ones; each group oldest first (the server's order). */
export function activeEntries(entries: readonly WaitlistEntry[]): WaitlistEntry[] {
  const rank = (e: WaitlistEntry) => (e.status === 'offered' ? 0 : 1);
  return entries
    .filter((e) => e.status === 'offered' || e.status === 'waiting')
    .sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * The dates a new entry may name: from today (the latest "today" among the chosen consulates' zones,
 * so no date is already past anywhere) to the nearest horizon (the shortest `bookingHorizonDays`
 * counted from each consulate's own today), as the server checks them.
 */
export function rangeBounds(
  consulates: readonly Consulate[],
  now: Date,
): { today: string; last: string } | null {
  if (consulates.length === 0) return null;
  const todays = consulates.map((c) => todayIn(c.timeZone, now));
  const today = todays.reduce((a, b) => (b > a ? b : a));
  const last = consulates
    .map((c, i) => addDays(todays[i]!, c.bookingHorizonDays))
    .reduce((a, b) => (b < a ? b : a));
  return { today, last };
}

/** The range offered first: two weeks from today, or up to the horizon when that is nearer. */
export function defaultRange(bounds: { today: string; last: string }): { from: string; to: string } {
  const twoWeeks = addDays(bounds.today, 14);
  return { from: bounds.today, to: daysBetween(twoWeeks, bounds.last) < 0 ? bounds.last : twoWeeks };
}

/** Whether a typed range is one the server takes: both dates within the bounds, in order. */
export function rangeIsValid(from: string, to: string, bounds: { today: string; last: string }): boolean {
  return isLocalDate(from) && isLocalDate(to) && from >= bounds.today && to <= bounds.last && from <= to;
}
