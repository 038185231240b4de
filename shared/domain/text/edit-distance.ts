/**
 * Typo-tolerant name matching for applicant search.
 *
 * Names heard over the phone come with swapped letters ("Hernadnez"), so adjacent
 * transpositions count as one edit (optimal string alignment). Search only needs to
 * know whether two words are within a small budget, so the computation stays inside a
 * diagonal band and stops as soon as the budget is certainly exceeded.
 */

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, or
 * `max + 1` when it is larger than `max`. Compares UTF-16 code units: callers pass
 * folded, uppercase text.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const limit = Math.max(0, Math.floor(max));
  const over = limit + 1;
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  // Each surplus character costs at least one insertion or deletion.
  if (Math.abs(la - lb) > limit) return over;
  if (la === 0) return lb;
  if (lb === 0) return la;

  // Three rolling rows: the transposition step looks two rows back.
  let before = new Array<number>(lb + 1).fill(over);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1).fill(over);
  for (let j = 0; j <= lb; j++) prev[j] = j <= limit ? j : over;

  for (let i = 1; i <= la; i++) {
    // Only cells with |i − j| ≤ limit can stay within the budget.
    const lo = Math.max(1, i - limit);
    const hi = Math.min(lb, i + limit);
    cur[lo - 1] = lo === 1 && i <= limit ? i : over;
    const ai = a.charCodeAt(i - 1);
    let rowMin = over;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j - 1] ?? over) + (ai === bj ? 0 : 1),
        (prev[j] ?? over) + 1,
        (cur[j - 1] ?? over) + 1,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (before[j - 2] ?? over) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The cell right of the band is read as "up" by the next row; mark it out of budget.
    if (hi < lb) cur[hi + 1] = over;
    // Every later cell descends from this row, or from the previous one through a
    // transposition costing at least as much, so an all-over-budget row is final.
    if (rowMin > limit) return over;
    const recycled = before;
    before = prev;
    prev = cur;
    cur = recycled;
  }
  const distance = prev[lb] ?? over;
  return distance > limit ? over : distance;
}

/** How many typos a search token of this length may contain and still match. */
export function allowedTypos(tokenLength: number): number {
  if (tokenLength <= 3) return 0;
  if (tokenLength <= 7) return 1;
  return 2;
}
