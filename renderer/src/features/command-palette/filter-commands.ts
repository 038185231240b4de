import { foldForSearch } from '../../../../shared/domain/text/normalize';

export type PaletteItem<C> = { command: C; label: string; keys: string };

/**
 * The commands whose label (or shortcut) contains every typed word, accents and case ignored
 * ("ingles" finds "Cambiar a inglés"); those whose label starts with the query come first.
 */
export function filterCommands<C>(items: readonly PaletteItem<C>[], query: string): PaletteItem<C>[] {
  const folded = foldForSearch(query);
  if (!folded) return [...items];
  const words = folded.split(' ');
  const scored = items
    .map((item) => {
      const label = foldForSearch(item.label);
      const haystack = `${label} ${foldForSearch(item.keys)}`;
      if (!words.every((w) => haystack.includes(w))) return null;
      return { item, rank: label.startsWith(folded) ? 0 : 1 };
    })
    .filter((x): x is { item: PaletteItem<C>; rank: number } => x !== null);
  // Array#sort is stable: equal ranks keep the registry's order.
  return scored.sort((a, b) => a.rank - b.rank).map((x) => x.item);
}
