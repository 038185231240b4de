/**
 * The rows of `applicant_name_token_pairs` (migration 0002): every pair of distinct name tokens of
 * an applicant, so that a name search can start from the two rarest typed words together instead
 * of the rarest one alone.
 */

/** The pairs of distinct tokens, each once, lower token first (code-unit order). */
export function namePairs(tokens: readonly string[]): [string, string][] {
  const sorted = [...new Set(tokens)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i] as string, sorted[j] as string]);
  }
  return pairs;
}
