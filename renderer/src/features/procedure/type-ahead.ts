import { foldForSearch } from '../../../../shared/domain/text/normalize';

/**
 * Listbox type-ahead (WAI-ARIA APG): the next option whose name starts with what was typed, accents
 * and case ignored. Repeating one letter ("p", "p", "p") cycles through the options starting with it.
 * Returns null when nothing matches, so the active option stays put.
 */
export function typeAheadIndex(labels: readonly string[], typed: string, current: number): number | null {
  const query = foldForSearch(typed);
  if (!query || labels.length === 0) return null;
  const folded = labels.map(foldForSearch);
  const repeated = [...query].every((c) => c === query[0]);
  const prefix = repeated ? (query[0] as string) : query;
  // A new search starts after the active option; a longer prefix may keep the active one.
  const start = repeated || query.length === 1 ? current + 1 : current;
  for (let step = 0; step < labels.length; step++) {
    const index = (((start + step) % labels.length) + labels.length) % labels.length;
    if (folded[index]?.startsWith(prefix)) return index;
  }
  return null;
}
