import type { Consulate } from '../../../shared/api/reference/consulates';
import { foldForSearch } from '../../../shared/domain/text/normalize';

/** How many matches the combobox offers for a typed query. */
export const MAX_MATCHES = 10;

/**
 * How well a consulate answers what the operator typed (lower is better), or null: the code
 * ("PHX"), the city from its start ("phoe", "san jose", accents ignored), a word of the city
 * ("jose"), the state ("AZ"), then every typed word found at the start of some word.
 */
function score(consulate: Consulate, query: string): number | null {
  const code = consulate.id;
  const city = foldForSearch(consulate.city);
  if (query === code) return 0;
  if (city === query) return 1;
  if (city.startsWith(query)) return 2;
  if (code.startsWith(query)) return 3;
  if (city.split(' ').some((w) => w.startsWith(query))) return 4;
  if (query === consulate.region) return 5;
  const words = foldForSearch(`${code} ${consulate.city} ${consulate.region} ${consulate.name}`).split(' ');
  if (query.split(' ').every((q) => words.some((w) => w.startsWith(q)))) return 6;
  return null;
}

const byCity = (a: Consulate, b: Consulate) => a.city.localeCompare(b.city, 'es');

/** The consulates matching a typed query, best first (ties by city), at most `limit`. */
export function matchConsulates(
  consulates: readonly Consulate[],
  typed: string,
  limit = MAX_MATCHES,
): Consulate[] {
  const query = foldForSearch(typed);
  if (!query) return [];
  return consulates
    .map((c) => ({ c, s: score(c, query) }))
    .filter((m): m is { c: Consulate; s: number } => m.s !== null)
    .sort((a, b) => a.s - b.s || byCity(a.c, b.c))
    .slice(0, limit)
    .map((m) => m.c);
}

/** With nothing typed: the chosen consulate, then the caller's usual one, then all by city. */
export function defaultOrder(
  consulates: readonly Consulate[],
  firstIds: readonly (string | null)[],
): Consulate[] {
  const first = [...new Set(firstIds.filter((id): id is string => id !== null))]
    .map((id) => consulates.find((c) => c.id === id))
    .filter((c): c is Consulate => c !== undefined);
  const rest = consulates.filter((c) => !first.includes(c)).sort(byCity);
  return [...first, ...rest];
}
