/**
 * Applicant search for the operator console (`GET /api/applicants?q=`): one box that takes a CURP,
 * a phone number or a name as the caller says it (any order, with or without accents, with a typo,
 * the last word possibly still being typed).
 *
 * Names are found through `applicant_name_tokens` (sandbox, token, applicant_id): the query is
 * joined once per typed word, each word expanded beforehand into the stored words it may stand for
 * (see NameVocabulary). The join starts from the word whose expansion is rarest and probes the
 * others by primary key, so it reads roughly as many index entries as that rarest word has
 * applicants; it stops after `candidateCap` matches. The candidates are then scored in JS. The
 * pair table of migration 0002 lets the two rarest words drive the join together, which reads
 * 5–20 times fewer entries for names made only of common words.
 *
 * The SQL is plain and dialect-neutral; CROSS JOIN only pins the join order on SQLite, which
 * has no statistics on how common each token is (PostgreSQL plans it as an inner join).
 *
 * Ranking: more words matched exactly first, then fewer edits in total (a spelling heard alike,
 * "Gonzales" for "González", costs none), then names whose first surname was typed before those
 * where only the second was, then fewer name words left unmatched (typing "María Hernández López" puts María before Ana María), then fewer typed words
 * out of the name's order ("Martínez García" puts Martínez García before García Martínez), then
 * first surname, second surname and given names in alphabetical order.
 *
 * Matching is widened in stages, because every match of a stage ranks above the new matches of the
 * next one, and narrow stages are cheap (a word matched exactly is usually rarer than its expansion):
 *   1. every word exactly;
 *   2. every word also as the stored spellings heard alike (`soundKey`: z/s/c, v/b, ll/y, silent h);
 *   3. the last word may also be the start of a longer one;
 *   4. words this instance has never seen (almost surely misspelt) may also be within their typo
 *      budget of a known one; then the same with the last word as a start;
 *   5. every word may be within its typo budget.
 * A birth date typed with the names ("14/03/1985", "1985-03-14", a year) narrows every stage: each
 * joined applicant is probed by primary key (see `birth-dates-in-query.ts`).
 * A stage runs only while fewer than `limit` applicants were found, and a stage whose new matches
 * would all have two or more inexact words only when nothing closer was found at all (one typo
 * and a word still being typed is what the console must tolerate; the caller can spell the rest).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { phoneDigits, readPhone } from '../../../../shared/domain/phone/phone';
import { foldForSearch, nameTokens } from '../../../../shared/domain/text/normalize';
import { birthDatesIn, type BirthRange } from './birth-dates-in-query';
import type { ApplicantRow, Database } from '../../../platform/db/schema';
import { reversedDigits } from '../applicant-repository';
import type { NameVocabulary, VocabularyCandidate } from './name-vocabulary';

/** The shape of a CURP (no check digit verification: an operator may be reading a typo'd one). */
export const CURP_SHAPE = /^[A-Z]{4}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d$/;
const PHONE_CHARACTERS = /^[\d\s+()./-]+$/;
const MIN_PHONE_DIGITS = 7;
/** Join rows read per stage at most; at least `limit`. */
export const DEFAULT_CANDIDATE_CAP = 500;
/** Applicants of the boundary tier fetched to order it by unmatched words, order and alphabetically. */
const POOL_FACTOR = 5;
const MIN_POOL = 100;

export type ParsedSearch =
  | { kind: 'curp'; curp: string }
  /** `exact`: the whole numbers (E.164) the text may spell, found first; `digits` then match the end of any number. */
  | { kind: 'phone'; digits: string; exact: string[] }
  /** `born`: the birth dates typed with the names (each a range, `to` excluded), any of which narrows them. */
  | { kind: 'name'; tokens: string[]; born?: BirthRange[] }
  | { kind: 'none' };

/** What the search box holds: a CURP, a phone number, name words (with a birth date), or nothing searchable. */
export function parseSearchQuery(q: string): ParsedSearch {
  const compact = q.trim().replace(/\s+/g, '').toUpperCase();
  if (CURP_SHAPE.test(compact)) return { kind: 'curp', curp: compact };
  const trimmed = q.trim();
  if (PHONE_CHARACTERS.test(trimmed)) {
    const digits = phoneDigits(trimmed);
    return digits.length >= MIN_PHONE_DIGITS
      ? { kind: 'phone', digits, exact: wholeNumbers(trimmed) }
      : { kind: 'none' };
  }
  const { rest, born } = birthDatesIn(q);
  const tokens = nameTokens(rest);
  if (tokens.length === 0) return { kind: 'none' };
  return born.length > 0 ? { kind: 'name', tokens, born } : { kind: 'name', tokens };
}

/** The E.164 numbers a typed text may be: ten digits valid in both countries (or only Mexico's) name both. */
function wholeNumbers(text: string): string[] {
  const reading = readPhone(text);
  switch (reading.kind) {
    case 'number':
      return [reading.e164];
    case 'either':
      return [reading.nanp, reading.mexico];
    case 'mexican':
      return [reading.mexico];
    default:
      return [];
  }
}

/**
 * The range of digit strings that start with `prefix`: from the prefix itself up to (excluding) the
 * next prefix of the same length or shorter ("5410" → "5411", "5499" → "55"); none above when the
 * prefix is all nines. Digits sort alike in every collation, so this is an index range on both dialects.
 */
export function digitPrefixRange(prefix: string): { from: string; to: string | null } {
  const trimmed = prefix.replace(/9+$/, '');
  if (trimmed === '') return { from: prefix, to: null };
  const last = Number(trimmed.charAt(trimmed.length - 1));
  return { from: prefix, to: `${trimmed.slice(0, -1)}${last + 1}` };
}

export interface ApplicantSearch {
  /** The best `limit` applicants of `sandboxes` for `q`, best first. */
  search(sandboxes: string[], q: string, limit: number): Promise<ApplicantRow[]>;
}

export interface ApplicantSearchOptions {
  /** Join rows read per widening stage (default 500). */
  candidateCap?: number;
  /**
   * Drive name joins from `applicant_name_token_pairs` (two words of one name per row). Default
   * true; false measures the single-token join the pairs replaced (bench baseline).
   */
  pairTable?: boolean;
}

export function createApplicantSearch(
  db: Kysely<Database>,
  vocabulary: NameVocabulary,
  options: ApplicantSearchOptions = {},
): ApplicantSearch {
  const cap = options.candidateCap ?? DEFAULT_CANDIDATE_CAP;
  const pairs = options.pairTable ?? true;
  return {
    async search(sandboxes, q, limit) {
      if (sandboxes.length === 0 || !(limit > 0)) return [];
      const parsed = parseSearchQuery(q);
      switch (parsed.kind) {
        case 'curp':
          return db
            .selectFrom('applicants')
            .selectAll()
            .where('sandbox', 'in', sandboxes)
            .where('curp', '=', parsed.curp)
            .limit(limit)
            .execute();
        case 'phone':
          return searchPhone(db, sandboxes, parsed, limit);
        case 'name':
          return searchNames(db, vocabulary, sandboxes, parsed, limit, Math.max(cap, limit), pairs);
        case 'none':
          return [];
      }
    },
  };
}

/**
 * A whole number typed in any spelling matches exactly that number first; then any applicant whose
 * number ends with the typed digits (7 or more: the caller gives the last ones, or the line shows a
 * number without its country code). Both are ranges of the (sandbox, phone_digits_reversed) index:
 * the reversed number starts with the reversed typed digits.
 */
async function searchPhone(
  db: Kysely<Database>,
  sandboxes: string[],
  parsed: { digits: string; exact: string[] },
  limit: number,
): Promise<ApplicantRow[]> {
  const exact =
    parsed.exact.length === 0
      ? []
      : await db
          .selectFrom('applicants')
          .selectAll()
          .where('sandbox', 'in', sandboxes)
          .where('phone_digits_reversed', 'in', parsed.exact.map(reversedDigits))
          .orderBy('first_surname')
          // SQLite sorts NULL first, PostgreSQL last: say it, so both list the same applicants first.
          .orderBy('second_surname', (ob) => ob.asc().nullsFirst())
          .orderBy('given_names')
          .orderBy('id')
          .limit(limit)
          .execute();
  if (exact.length >= limit) return exact;
  const { from, to } = digitPrefixRange([...parsed.digits].reverse().join(''));
  const found = new Set(exact.map((row) => row.id));
  const ending = await db
    .selectFrom('applicants')
    .selectAll()
    .where('sandbox', 'in', sandboxes)
    .where('phone_digits_reversed', '>=', from)
    .$if(to !== null, (q) => q.where('phone_digits_reversed', '<', to as string))
    .orderBy('first_surname')
    .orderBy('second_surname', (ob) => ob.asc().nullsFirst())
    .orderBy('given_names')
    .orderBy('id')
    .limit(limit + exact.length)
    .execute();
  return [...exact, ...ending.filter((row) => !found.has(row.id))].slice(0, limit);
}

interface Score {
  exact: number;
  distance: number;
  /** The name word each typed word matched, in typed order (two may match one: "Pérez Peres"). */
  tokens: string[];
}

/** One typed word and what it may match in the current stage. */
interface Slot {
  /** Index of the word in the query. */
  word: number;
  candidates: VocabularyCandidate[];
  total: number;
}

async function searchNames(
  db: Kysely<Database>,
  vocabulary: NameVocabulary,
  sandboxes: string[],
  { tokens: words, born = [] }: { tokens: string[]; born?: BirthRange[] },
  limit: number,
  cap: number,
  pairs: boolean,
): Promise<ApplicantRow[]> {
  const last = words.length - 1;
  const full = words.map((word, i) => vocabulary.candidates(word, { prefix: i === last }));
  const stages = widening(full, (i) => vocabulary.has(words[i] as string));

  const scores = new Map<string, Score>();
  for (const stage of stages) {
    if (scores.size >= limit) break;
    if (stage.inexactWords >= 2 && scores.size > 0) break;
    await matchStage(db, { sandboxes, stage: stage.sets, cap, pairs, born }, scores);
  }
  if (scores.size === 0) return [];

  // Only the best tiers (by exact matches and edits) can reach the first `limit`: fetch those, but
  // no more than a pool of them (a common name can tie hundreds of applicants; the operator will
  // add a word rather than scroll).
  const ranked = [...scores].sort(([, a], [, b]) => b.exact - a.exact || a.distance - b.distance);
  let cut = Math.min(limit, ranked.length);
  const boundary = ranked[cut - 1]?.[1];
  const pool = Math.max(limit * POOL_FACTOR, MIN_POOL);
  while (boundary && cut < ranked.length && cut < pool && sameTier(ranked[cut]?.[1], boundary)) cut++;
  const ids = ranked.slice(0, cut).map(([id]) => id);
  // By primary key alone: with a sandbox condition too, SQLite (without statistics) may prefer
  // scanning the sandbox's whole (sandbox, curp) index. The ids come from the sandboxes' tokens.
  const wanted = new Set(sandboxes);
  const rows = (await db.selectFrom('applicants').selectAll().where('id', 'in', ids).execute()).filter(
    (row) => wanted.has(row.sandbox),
  );

  const keyed = rows.map((row) => {
    const score = scores.get(row.id) as Score;
    return {
      row,
      score,
      ...wordOrder(row, score.tokens),
      names: [
        foldCached(row.first_surname),
        foldCached(row.second_surname ?? ''),
        foldCached(row.given_names),
      ] as const,
    };
  });
  keyed.sort(
    (a, b) =>
      b.score.exact - a.score.exact ||
      a.score.distance - b.score.distance ||
      a.secondWithoutFirst - b.secondWithoutFirst ||
      a.unmatched - b.unmatched ||
      a.inversions - b.inversions ||
      compareText(a.names[0], b.names[0]) ||
      compareText(a.names[1], b.names[1]) ||
      compareText(a.names[2], b.names[2]) ||
      compareText(a.row.id, b.row.id),
  );
  return keyed.slice(0, limit).map((k) => k.row);
}

const sameTier = (a: Score | undefined, b: Score) =>
  a !== undefined && a.exact === b.exact && a.distance === b.distance;

interface Stage {
  /** Candidates of each typed word. */
  sets: VocabularyCandidate[][];
  /** Inexact words every match new to this stage has at least. */
  inexactWords: number;
}

/** The widening stages, in rank order (a stage identical to an earlier one is left out). */
function widening(full: VocabularyCandidate[][], known: (word: number) => boolean): Stage[] {
  const last = full.length - 1;
  const exact = full.map((c) => c.filter((x) => x.kind === 'exact'));
  // Spellings heard alike ("Gonzales" for "González") are what a caller's name sounds like, not
  // typos: they join the exact words from the second stage on and count as no inexact word.
  const heard = full.map((c) => c.filter((x) => x.kind === 'exact' || x.kind === 'sound'));
  const prefixed = (c: VocabularyCandidate[]) => c.filter((x) => x.kind !== 'fuzzy');
  const unknown = full.reduce((n, _, i) => (known(i) ? n : n + 1), 0);
  const typosOnUnknown = heard.map((c, i) => (known(i) ? c : (full[i] as VocabularyCandidate[])));
  const typosOnUnknownPrefixed = typosOnUnknown.map((c, i) =>
    i === last && known(i) ? prefixed(full[i] as VocabularyCandidate[]) : c,
  );
  const candidates: Stage[] = [
    { sets: exact, inexactWords: 0 },
    { sets: heard, inexactWords: 0 },
    {
      sets: heard.map((c, i) => (i === last ? prefixed(full[i] as VocabularyCandidate[]) : c)),
      inexactWords: 1,
    },
    { sets: typosOnUnknown, inexactWords: unknown },
    { sets: typosOnUnknownPrefixed, inexactWords: unknown + 1 },
    { sets: full, inexactWords: unknown + 1 },
  ];
  const key = (stage: Stage) => stage.sets.map((c) => c.map((x) => x.token).join('|')).join(' ');
  const seen = new Set<string>();
  return candidates.filter((stage) => {
    const k = key(stage);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One widening stage's join, as `planStage` builds it. */
export interface StageInput {
  sandboxes: string[];
  /** Candidates of each typed word. */
  stage: VocabularyCandidate[][];
  /** Join rows read at most. */
  cap: number;
  /** Drive the join from the pair table when two words allow it. */
  pairs: boolean;
  /** Birth dates typed with the names: an applicant born in none of them is left out. */
  born: BirthRange[];
}

/**
 * The SQL of one stage. The word whose candidates are rarest drives the join (with the pair table:
 * the two rarest words together); the others are probed rarest first, so each probe discards the
 * most. A birth date typed with the names probes each joined applicant by primary key last.
 */
export function planStage({ sandboxes, stage, cap, pairs, born }: StageInput) {
  const slots: Slot[] = stage.map((candidates, word) => ({
    word,
    candidates,
    total: candidates.reduce((n, c) => n + c.count, 0),
  }));
  slots.sort((a, b) => a.total - b.total || a.candidates.length - b.candidates.length || a.word - b.word);
  const lookups = slots.map((slot) => new Map(slot.candidates.map((c) => [c.token, c])));
  // A pair row holds two different words of a name: it cannot serve two typed words that may
  // stand for the same one ("Pérez Peres").
  const first = lookups[0] as Map<string, VocabularyCandidate>;
  const second = lookups[1];
  const byPair = pairs && second !== undefined && ![...first.keys()].some((token) => second.has(token));

  const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`);
  const tokenList = (slot: Slot) => sql.join(slot.candidates.map((c) => c.token));
  const driver = byPair ? 'p' : 't0';
  let from: RawBuilder<unknown>;
  const selections: RawBuilder<unknown>[] = [sql`${ref(driver, 'applicant_id')} as ${sql.id('id')}`];
  const conditions: RawBuilder<unknown>[] = [sql`${ref(driver, 'sandbox')} in (${sql.join(sandboxes)})`];
  if (byPair) {
    // Pairs are stored once, in token order: either typed word may be either column.
    const both = sql.join(
      [...(slots[0] as Slot).candidates, ...(slots[1] as Slot).candidates].map((c) => c.token),
    );
    from = sql`applicant_name_token_pairs as ${sql.id('p')}`;
    selections.push(
      sql`${ref('p', 'token_a')} as ${sql.id('pa')}`,
      sql`${ref('p', 'token_b')} as ${sql.id('pb')}`,
    );
    conditions.push(sql`${ref('p', 'token_a')} in (${both})`, sql`${ref('p', 'token_b')} in (${both})`);
  } else {
    from = sql`applicant_name_tokens as ${sql.id('t0')}`;
    selections.push(sql`${ref('t0', 'token')} as ${sql.id('k0')}`);
    conditions.push(sql`${ref('t0', 'token')} in (${tokenList(slots[0] as Slot)})`);
  }
  const joins: RawBuilder<unknown>[] = [];
  for (let i = byPair ? 2 : 1; i < slots.length; i++) {
    const alias = `t${i}`;
    selections.push(sql`${ref(alias, 'token')} as ${sql.id(`k${i}`)}`);
    // CROSS JOIN keeps this order on SQLite; PostgreSQL plans it as an inner join.
    joins.push(sql`cross join applicant_name_tokens as ${sql.id(alias)}`);
    conditions.push(
      sql`${ref(alias, 'sandbox')} = ${ref(driver, 'sandbox')}`,
      sql`${ref(alias, 'token')} in (${tokenList(slots[i] as Slot)})`,
      sql`${ref(alias, 'applicant_id')} = ${ref(driver, 'applicant_id')}`,
    );
  }
  if (born.length > 0) {
    joins.push(sql`cross join applicants as ${sql.id('a')}`);
    conditions.push(
      sql`${ref('a', 'id')} = ${ref(driver, 'applicant_id')}`,
      sql`(${sql.join(
        born.map(
          (r) => sql`(${ref('a', 'birth_date')} >= ${r.from} and ${ref('a', 'birth_date')} < ${r.to})`,
        ),
        sql` or `,
      )})`,
    );
  }
  const query = sql<
    Record<string, string>
  >`select ${sql.join(selections)} from ${from} ${sql.join(joins, sql` `)} where ${sql.join(conditions, sql` and `)} limit ${cap}`;
  return { query, slots, lookups, first, second, byPair };
}

/** Runs one stage's join and records each matched applicant's best score. */
async function matchStage(
  db: Kysely<Database>,
  input: StageInput,
  scores: Map<string, Score>,
): Promise<void> {
  const { query, slots, lookups, first, second, byPair } = planStage(input);
  const { rows } = await query.execute(db);

  for (const row of rows) {
    if (byPair) {
      const [a, b] = [row.pa as string, row.pb as string];
      if (first.has(a) && second?.has(b)) [row.k0, row.k1] = [a, b];
      else if (first.has(b) && second?.has(a)) [row.k0, row.k1] = [b, a];
      else continue; // both words from one typed word's candidates
    }
    let exact = 0;
    let distance = 0;
    const tokens: string[] = [];
    lookups.forEach((lookup, i) => {
      const token = row[`k${i}`] as string;
      const candidate = lookup.get(token);
      if (candidate?.kind === 'exact') exact++;
      distance += candidate?.distance ?? 0;
      tokens[(slots[i] as Slot).word] = token;
    });
    const id = row.id as string;
    const known = scores.get(id);
    if (
      !known ||
      exact > known.exact ||
      (exact === known.exact &&
        (distance < known.distance ||
          (distance === known.distance && distinct(tokens) > distinct(known.tokens))))
    ) {
      scores.set(id, { exact, distance, tokens });
    }
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Names repeat a lot (a few thousand distinct given names and surnames): fold each once.
const MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();
const tokenMemo = new Map<string, string[]>();

function foldCached(value: string): string {
  let folded = foldMemo.get(value);
  if (folded === undefined) {
    if (foldMemo.size >= MEMO_LIMIT) foldMemo.clear();
    folded = foldForSearch(value);
    foldMemo.set(value, folded);
  }
  return folded;
}

function tokensCached(part: string): string[] {
  let tokens = tokenMemo.get(part);
  if (tokens === undefined) {
    if (tokenMemo.size >= MEMO_LIMIT) tokenMemo.clear();
    tokens = nameTokens(part);
    tokenMemo.set(part, tokens);
  }
  return tokens;
}

const distinct = (tokens: string[]) => new Set(tokens).size;

/**
 * How well the typed words fit the applicant's name beyond matching: a second surname matched
 * while the first is not (a caller who gives one surname gives the first: "Ramón González" is
 * Ramón González Elizondo before Ramón Aguirre González), its words left unmatched, and
 * the pairs of typed words in the opposite order to the name's (callers say the paternal surname
 * before the maternal one, so "Martínez García" ranks María Martínez García before María García
 * Martínez, whose words are the same).
 */
function wordOrder(
  row: ApplicantRow,
  matched: string[],
): { secondWithoutFirst: number; unmatched: number; inversions: number } {
  const names = [
    ...tokensCached(row.given_names),
    ...tokensCached(row.first_surname),
    ...tokensCached(row.second_surname ?? ''),
  ];
  const position = new Map<string, number>();
  for (const token of names) if (!position.has(token)) position.set(token, position.size);
  let inversions = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      if ((position.get(matched[i] as string) ?? 0) > (position.get(matched[j] as string) ?? 0)) inversions++;
    }
  }
  const typed = new Set(matched);
  const first = tokensCached(row.first_surname).some((token) => typed.has(token));
  const second = tokensCached(row.second_surname ?? '').some((token) => typed.has(token));
  return {
    secondWithoutFirst: second && !first ? 1 : 0,
    unmatched: position.size - distinct(matched),
    inversions,
  };
}
