/**
 * Text folding for applicant search: operators type names as heard on the phone,
 * without accents and in any case, so stored and typed names must meet halfway.
 */

/** Uppercase, no diacritics (Ñ → N, Ü → U), letters/digits/spaces only, single spaces. */
export function foldForSearch(value: string): string {
  return (
    value
      // Uppercasing first: a few letters only gain a combining mark when uppercased.
      .toUpperCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Apostrophes and dots elide or abbreviate within a word ("D'Angelo", "Ma.").
      .replace(/['’.]/g, '')
      // Any other punctuation separates words ("García-López").
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Connecting words in Spanish (and a few other) surnames that carry no identity. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'Y',
  'MC',
  'MAC',
  'VAN',
  'VON',
  'DA',
  'DI',
  'EL',
]);

/**
 * Distinct searchable tokens of a person's names, in order: folded, without particles
 * and initials, which would match nearly everyone.
 */
export function nameTokens(...parts: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const token of foldForSearch(part).split(' ')) {
      if (token.length > 1 && !NAME_PARTICLES.has(token)) seen.add(token);
    }
  }
  return [...seen];
}
