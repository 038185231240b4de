/**
 * The distinct name tokens of all applicants with how many applicants carry each, kept in memory
 * so that a search can expand every typed word into the stored words it may stand for (exactly,
 * as the start of a word still being typed, or with a typo) without touching the database, and can
 * start its index join from the rarest word.
 *
 * Fuzzy lookup stays fast for vocabularies of tens of thousands of words:
 * - one typo (words of 4–7 letters): a symmetric deletion index. Two words within one edit
 *   (substitution, insertion, deletion or adjacent transposition) always share a variant with at
 *   most one letter deleted, so the query's handful of variants find every candidate directly;
 * - two typos (words of 8+ letters): words are bucketed by length and a letter-histogram bound
 *   (each edit changes the histogram by at most 2) rejects almost all of them before the banded
 *   edit distance runs.
 */
import type { Kysely } from 'kysely';
import { allowedTypos, boundedEditDistance } from '../../../../shared/domain/text/edit-distance';
import { soundKey } from '../../../../shared/domain/text/spanish-sounds';
import type { Database } from '../../../platform/db/schema';

/** Best first: the word itself, a spelling heard alike (`soundKey`), a completion, a typo. */
export type CandidateKind = 'exact' | 'sound' | 'prefix' | 'fuzzy';

export interface VocabularyCandidate {
  token: string;
  /** Edits from the query token: 0 for exact, sound-alike and prefix matches. */
  distance: number;
  kind: CandidateKind;
  /** Applicants carrying the token (0 when this instance has not seen it). */
  count: number;
}

export interface CandidateOptions {
  /** Also offer the words that start with the query token (the word being typed). */
  prefix: boolean;
  /** Override the typo budget (default `allowedTypos(queryToken.length)`). */
  maxTypos?: number;
  /** Most frequent prefix completions kept (default 30). */
  prefixLimit?: number;
}

const DEFAULT_PREFIX_LIMIT = 30;
const MIN_PREFIX_LENGTH = 2;
/** Histogram slots: A–Z, then one for anything else (digits, letters outside A–Z). */
const SLOTS = 27;

const slotOf = (code: number) => (code >= 65 && code <= 90 ? code - 65 : 26);

export class NameVocabulary {
  readonly #ids = new Map<string, number>();
  readonly #tokens: string[] = [];
  readonly #counts: number[] = [];
  /** Letter histograms of the tokens, SLOTS bytes per token (saturating at 255). */
  #histograms = new Uint8Array(1024 * SLOTS);
  /** Token ids by token length. */
  readonly #byLength: number[][] = [];
  /** Deletion variant (the token itself, or it with one character removed) → token ids. */
  readonly #deletions = new Map<string, number[]>();
  /** Sound key (`soundKey`) → token ids: spellings a caller cannot tell apart. */
  readonly #sounds = new Map<string, number[]>();
  /** Token ids sorted by token, rebuilt lazily after additions, for prefix ranges. */
  #sorted: number[] = [];
  #sortedDirty = false;

  constructor(entries: Iterable<readonly [token: string, count: number]> = []) {
    for (const [token, count] of entries) this.#increment(token, count);
  }

  /** Distinct tokens known. */
  get size(): number {
    return this.#tokens.length;
  }

  /** Applicants known to carry `token` (0 if unknown). */
  count(token: string): number {
    const id = this.#ids.get(token);
    return id === undefined ? 0 : (this.#counts[id] ?? 0);
  }

  has(token: string): boolean {
    return this.#ids.has(token);
  }

  /**
   * Records the name tokens of newly registered applicants: pass each applicant's distinct tokens
   * (`tokensOf`), one occurrence per applicant, as `insertApplicants` counts them.
   */
  add(tokens: Iterable<string>): void {
    for (const token of tokens) this.#increment(token, 1);
  }

  /** Reloads the counts from `name_vocabulary` (words registered through other instances appear). */
  async refresh(db: Kysely<Database>): Promise<void> {
    const rows = await db.selectFrom('name_vocabulary').select(['token', 'applicant_count']).execute();
    for (const row of rows) {
      const id = this.#ids.get(row.token);
      if (id === undefined) this.#increment(row.token, Number(row.applicant_count));
      else this.#counts[id] = Number(row.applicant_count);
    }
  }

  /**
   * The stored tokens `queryToken` (folded, uppercase) may stand for: itself (always, even when
   * unknown here: it may have been registered through another instance), its completions when
   * `prefix` is set (query of 2+ characters, the most frequent `prefixLimit`), the tokens heard
   * alike ("GONZALES" for "GONZALEZ"), and the tokens within its typo budget. Each token appears
   * once, with its best kind (exact, then sound, then prefix, then fuzzy).
   */
  candidates(queryToken: string, options: CandidateOptions): VocabularyCandidate[] {
    const result: VocabularyCandidate[] = [
      { token: queryToken, distance: 0, kind: 'exact', count: this.count(queryToken) },
    ];
    const seen = new Set<string>([queryToken]);

    for (const id of this.#sounds.get(soundKey(queryToken)) ?? []) {
      const token = this.#tokens[id] as string;
      if (seen.has(token)) continue;
      seen.add(token);
      result.push({ token, distance: 0, kind: 'sound', count: this.#counts[id] ?? 0 });
    }

    if (options.prefix && queryToken.length >= MIN_PREFIX_LENGTH) {
      for (const id of this.#completions(queryToken, options.prefixLimit ?? DEFAULT_PREFIX_LIMIT)) {
        const token = this.#tokens[id] as string;
        if (seen.has(token)) continue;
        seen.add(token);
        result.push({ token, distance: 0, kind: 'prefix', count: this.#counts[id] ?? 0 });
      }
    }

    const budget = Math.max(0, Math.floor(options.maxTypos ?? allowedTypos(queryToken.length)));
    if (budget > 0) {
      const fuzzy: VocabularyCandidate[] = [];
      for (const id of budget === 1
        ? this.#withinOneEdit(queryToken)
        : this.#withinEdits(queryToken, budget)) {
        const token = this.#tokens[id] as string;
        if (seen.has(token)) continue;
        const distance = boundedEditDistance(queryToken, token, budget);
        if (distance > budget) continue;
        seen.add(token);
        fuzzy.push({ token, distance, kind: 'fuzzy', count: this.#counts[id] ?? 0 });
      }
      fuzzy.sort((a, b) => a.distance - b.distance || b.count - a.count || compareText(a.token, b.token));
      result.push(...fuzzy);
    }
    return result;
  }

  #increment(token: string, by: number): void {
    if (token.length === 0) return;
    const known = this.#ids.get(token);
    if (known !== undefined) {
      this.#counts[known] = (this.#counts[known] ?? 0) + by;
      return;
    }
    const id = this.#tokens.length;
    this.#ids.set(token, id);
    this.#tokens.push(token);
    this.#counts.push(by);

    if ((id + 1) * SLOTS > this.#histograms.length) {
      const grown = new Uint8Array(this.#histograms.length * 2);
      grown.set(this.#histograms);
      this.#histograms = grown;
    }
    const base = id * SLOTS;
    for (let i = 0; i < token.length; i++) {
      const slot = base + slotOf(token.charCodeAt(i));
      if ((this.#histograms[slot] ?? 0) < 255) this.#histograms[slot] = (this.#histograms[slot] ?? 0) + 1;
    }

    (this.#byLength[token.length] ??= []).push(id);
    const sound = soundKey(token);
    const alike = this.#sounds.get(sound);
    if (alike === undefined) this.#sounds.set(sound, [id]);
    else alike.push(id);
    for (const variant of deletionVariants(token)) {
      const ids = this.#deletions.get(variant);
      if (ids === undefined) this.#deletions.set(variant, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
    this.#sortedDirty = true;
  }

  /** Ids of tokens that share a ≤1-deletion variant with `query` (a superset of those within one edit). */
  #withinOneEdit(query: string): Set<number> {
    const found = new Set<number>();
    for (const variant of deletionVariants(query)) {
      const ids = this.#deletions.get(variant);
      if (ids) for (const id of ids) found.add(id);
    }
    return found;
  }

  /** Ids of tokens whose length and letter histogram allow them to be within `budget` edits of `query`. */
  #withinEdits(query: string, budget: number): number[] {
    const histogram = new Int16Array(SLOTS);
    for (let i = 0; i < query.length; i++) {
      const slot = slotOf(query.charCodeAt(i));
      histogram[slot] = (histogram[slot] ?? 0) + 1;
    }
    const found: number[] = [];
    const histograms = this.#histograms;
    // Substitutions change the histogram by 2, insertions, deletions by 1, transpositions by 0.
    const maxDifference = 2 * budget;
    for (let length = Math.max(1, query.length - budget); length <= query.length + budget; length++) {
      const bucket = this.#byLength[length];
      if (!bucket) continue;
      for (const id of bucket) {
        const base = id * SLOTS;
        let difference = 0;
        for (let s = 0; s < SLOTS && difference <= maxDifference; s++)
          difference += Math.abs((histogram[s] ?? 0) - (histograms[base + s] ?? 0));
        if (difference <= maxDifference) found.push(id);
      }
    }
    return found;
  }

  /** The `limit` most frequent tokens that start with `prefix` and are longer than it, most frequent first. */
  #completions(prefix: string, limit: number): number[] {
    if (this.#sortedDirty) {
      this.#sorted = this.#tokens
        .map((_, id) => id)
        .sort((a, b) => compareText(this.#tokens[a] as string, this.#tokens[b] as string));
      this.#sortedDirty = false;
    }
    const sorted = this.#sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#tokens[sorted[mid] as number] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const matches: number[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i] as number;
      const token = this.#tokens[id] as string;
      if (!token.startsWith(prefix)) break;
      if (token.length > prefix.length) matches.push(id);
    }
    matches.sort(
      (a, b) =>
        (this.#counts[b] ?? 0) - (this.#counts[a] ?? 0) ||
        compareText(this.#tokens[a] as string, this.#tokens[b] as string),
    );
    if (matches.length > limit) matches.length = limit;
    return matches;
  }
}

/** The token itself and every string obtained by deleting one of its characters. */
function deletionVariants(token: string): Set<string> {
  const variants = new Set<string>([token]);
  for (let i = 0; i < token.length; i++) variants.add(token.slice(0, i) + token.slice(i + 1));
  return variants;
}

/** Code-unit order, the same on every platform and the order of a binary SQL collation. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The vocabulary as stored in `name_vocabulary`. */
export async function loadNameVocabulary(db: Kysely<Database>): Promise<NameVocabulary> {
  const vocabulary = new NameVocabulary();
  await vocabulary.refresh(db);
  return vocabulary;
}
