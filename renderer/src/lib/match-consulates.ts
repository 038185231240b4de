import type { Consulate } from '../../../shared/api/reference/consulates';
import { CITY_NAMES, REGION_NAMES } from '../../../shared/domain/places/place-names';
import { boundedEditDistance } from '../../../shared/domain/text/edit-distance';
import { foldForSearch } from '../../../shared/domain/text/normalize';

/** How many matches the combobox offers for a typed query. */
export const MAX_MATCHES = 10;
/** Typed words this long or longer may hold one typo (a swapped, missing, extra or wrong letter). */
const MIN_TYPO_LENGTH = 4;

/** A consulate's names as matched: folded, with the Spanish and English ones callers use. */
type Names = {
  code: string;
  cities: string[];
  region: string;
  regions: string[];
  /** The words of the code, cities and regions. */
  words: string[];
  /** Those and the words of the consulate's full name ("Consulado de México en …"). */
  allWords: string[];
};

const namesCache = new WeakMap<Consulate, Names>();

function namesOf(consulate: Consulate): Names {
  let names = namesCache.get(consulate);
  if (!names) {
    const cities = [consulate.city, ...(CITY_NAMES[consulate.id] ?? [])].map(foldForSearch);
    const regions = (REGION_NAMES[consulate.region] ?? []).map(foldForSearch);
    const code = consulate.id.toUpperCase();
    const region = consulate.region.toUpperCase();
    const words = [...new Set([code, region, ...cities, ...regions].flatMap((n) => n.split(' ')))];
    const allWords = [...new Set([...words, ...foldForSearch(consulate.name).split(' ')])];
    names = { code, cities, region, regions, words, allWords };
    namesCache.set(consulate, names);
  }
  return names;
}

/** A typed word found in `word`: at its start, or (4+ letters) within one typo of it or of its start. */
function wordMatch(typed: string, word: string, typos: boolean): boolean {
  if (word.startsWith(typed)) return true;
  if (!typos || typed.length < MIN_TYPO_LENGTH) return false;
  if (boundedEditDistance(typed, word, 1) <= 1) return true;
  // The last word may still be being typed: its typo is within the start of the name.
  return word.length > typed.length && boundedEditDistance(typed, word.slice(0, typed.length), 1) <= 1;
}

/**
 * How well a consulate answers what the operator typed (lower is better), or null: the code
 * ("PHX"), a name of the city whole or from its start ("phoe", "san jose", "Nueva York",
 * "Filadelfia", accents ignored), the code from its start, a word of the city ("jose"), the state
 * by code or name ("AZ", "Tejas", "Carolina del Norte"), every typed word at the start of a word
 * of those names ("diego ca"), the same allowing one typo in words of 4 letters or more
 * ("Filadelfya", "Huoston"), and last words of the consulate's full name ("méxico en tucson").
 */
function score(consulate: Consulate, query: string): number | null {
  const { code, cities, region, regions, words, allWords } = namesOf(consulate);
  if (query === code) return 0;
  // The API's own city name first, then the other names of the city ("San Pablo" after "San Antonio").
  const official = cities[0] as string;
  if (official === query) return 1;
  if (cities.includes(query)) return 1.5;
  if (official.startsWith(query)) return 2;
  if (cities.some((city) => city.startsWith(query))) return 2.5;
  if (code.startsWith(query)) return 3;
  if (cities.some((city) => city.split(' ').some((w) => w.startsWith(query)))) return 4;
  if (query === region || regions.some((r) => r === query || (query.length >= 3 && r.startsWith(query))))
    return 5;
  const typed = query.split(' ');
  if (typed.every((t) => words.some((w) => wordMatch(t, w, false)))) return 6;
  if (typed.every((t) => words.some((w) => wordMatch(t, w, true)))) return 7;
  if (typed.every((t) => allWords.some((w) => wordMatch(t, w, false)))) return 8;
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
