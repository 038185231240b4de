/**
 * Applicant search for the operator console (`GET /api/applicants?q=`): one box that takes a CURP,
 * a phone number or a name as the caller says it (any order, with or without accents, with a typo,
 * the last word possibly still being typed).
 *
 * Names are found through `applicant_name_tokens` (sandbox, token, applicant_id): the query is
 * joined once per typed word, each word expanded beforehand into the stored words it may stand for
 * (see NameVocabulary). The join starts from the word whose expansion is rarest and probes the
 * others by primary key, so it reads roughly as many index entries as that rarest word has
 * applicants; it stops after `candidateCap` matches. The candidates are then scored in JS.
 *
 * Ranking: more words matched exactly first, then fewer edits in total, then fewer name words left
 * unmatched (typing "María Hernández López" puts María before Ana María), then first surname,
 * second surname and given names in alphabetical order.
 *
 * Matching is widened in stages, each run only while fewer than `limit` applicants were found,
 * because every match of a stage ranks above every new match of the next one:
 *   1. every word exactly;
 *   2. the last word may also be the start of a longer one;
 *   3. words this instance has never seen (almost surely misspelt) may also be within their typo
 *      budget of a known one;
 *   4. every word may be within its typo budget.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { phoneDigits } from '../../shared/domain/phone/phone';
import { foldForSearch, nameTokens } from '../../shared/domain/text/normalize';
import type { ApplicantRow, Database } from '../db/schema';
import type { NameVocabulary, VocabularyCandidate } from './name-vocabulary';

/** The shape of a CURP (no check digit verification: an operator may be reading a typo'd one). */
export const CURP_SHAPE = /^[A-Z]{4}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d$/;
const PHONE_CHARACTERS = /^[\d\s+().-]+$/;
const MIN_PHONE_DIGITS = 7;
/** Join rows read per stage at most; at least `limit`. */
export const DEFAULT_CANDIDATE_CAP = 500;

export type ParsedSearch =
  | { kind: 'curp'; curp: string }
  | { kind: 'phone'; digits: string }
  | { kind: 'name'; tokens: string[] }
  | { kind: 'none' };

/** What the search box holds: a CURP, a phone number, name words, or nothing searchable. */
export function parseSearchQuery(q: string): ParsedSearch {
  const compact = q.trim().replace(/\s+/g, '').toUpperCase();
  if (CURP_SHAPE.test(compact)) return { kind: 'curp', curp: compact };
  const trimmed = q.trim();
  if (PHONE_CHARACTERS.test(trimmed)) {
    const digits = phoneDigits(trimmed);
    return digits.length >= MIN_PHONE_DIGITS ? { kind: 'phone', digits } : { kind: 'none' };
  }
  const tokens = nameTokens(q);
  return tokens.length > 0 ? { kind: 'name', tokens } : { kind: 'none' };
}

export interface ApplicantSearch {
  /** The best `limit` applicants of `sandboxes` for `q`, best first. */
  search(sandboxes: string[], q: string, limit: number): Promise<ApplicantRow[]>;
}

export interface ApplicantSearchOptions {
  /** Join rows read per widening stage (default 500). */
  candidateCap?: number;
}

export function createApplicantSearch(db: Kysely<Database>, vocabulary: NameVocabulary, options: ApplicantSearchOptions = {}): ApplicantSearch {
  const cap = options.candidateCap ?? DEFAULT_CANDIDATE_CAP;
  return {
    async search(sandboxes, q, limit) {
      if (sandboxes.length === 0 || !(limit > 0)) return [];
      const parsed = parseSearchQuery(q);
      switch (parsed.kind) {
        case 'curp':
          return db.selectFrom('applicants').selectAll().where('sandbox', 'in', sandboxes).where('curp', '=', parsed.curp).limit(limit).execute();
        case 'phone':
          return searchPhone(db, sandboxes, parsed.digits, limit);
        case 'name':
          return searchNames(db, vocabulary, sandboxes, parsed.tokens, limit, Math.max(cap, limit));
        case 'none':
          return [];
      }
    },
  };
}

/** Whole NANP numbers: 10 digits (national) or 11 (with the country code 1), stored as E.164 digits. */
async function searchPhone(db: Kysely<Database>, sandboxes: string[], digits: string, limit: number): Promise<ApplicantRow[]> {
  let stored: string;
  if (digits.length === 10) stored = `1${digits}`;
  else if (digits.length === 11 && digits.startsWith('1')) stored = digits;
  else return [];
  return db
    .selectFrom('applicants')
    .selectAll()
    .where('sandbox', 'in', sandboxes)
    .where('phone_digits', '=', stored)
    .orderBy('first_surname')
    .orderBy('second_surname')
    .orderBy('given_names')
    .orderBy('id')
    .limit(limit)
    .execute();
}

interface Score {
  exact: number;
  distance: number;
  /** Distinct name words matched (two typed words may match one: "Pérez Peres" for Pérez Pérez). */
  matched: number;
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
  words: string[],
  limit: number,
  cap: number,
): Promise<ApplicantRow[]> {
  const last = words.length - 1;
  const full = words.map((word, i) => vocabulary.candidates(word, { prefix: i === last }));
  const stages = widening(full, (i) => vocabulary.has(words[i] as string));

  const scores = new Map<string, Score>();
  for (const stage of stages) {
    await matchStage(db, sandboxes, stage, cap, scores);
    if (scores.size >= limit) break;
  }
  if (scores.size === 0) return [];

  // Only the best tiers (by exact matches and edits) can reach the first `limit`: fetch those.
  const ranked = [...scores].sort(([, a], [, b]) => b.exact - a.exact || a.distance - b.distance);
  let cut = Math.min(limit, ranked.length);
  const boundary = ranked[cut - 1]?.[1];
  while (boundary && cut < ranked.length && sameTier(ranked[cut]?.[1], boundary)) cut++;
  const ids = ranked.slice(0, cut).map(([id]) => id);
  const rows = await db.selectFrom('applicants').selectAll().where('id', 'in', ids).where('sandbox', 'in', sandboxes).execute();

  const keyed = rows.map((row) => {
    const score = scores.get(row.id) as Score;
    return {
      row,
      score,
      unmatched: distinctTokenCount(row) - score.matched,
      names: [foldCached(row.first_surname), foldCached(row.second_surname ?? ''), foldCached(row.given_names)] as const,
    };
  });
  keyed.sort(
    (a, b) =>
      b.score.exact - a.score.exact ||
      a.score.distance - b.score.distance ||
      a.unmatched - b.unmatched ||
      compareText(a.names[0], b.names[0]) ||
      compareText(a.names[1], b.names[1]) ||
      compareText(a.names[2], b.names[2]) ||
      compareText(a.row.id, b.row.id),
  );
  return keyed.slice(0, limit).map((k) => k.row);
}

const sameTier = (a: Score | undefined, b: Score) => a !== undefined && a.exact === b.exact && a.distance === b.distance;

/** The candidate sets of each widening stage (stages that would add nothing are skipped). */
function widening(full: VocabularyCandidate[][], known: (word: number) => boolean): VocabularyCandidate[][][] {
  const last = full.length - 1;
  const exactOnly = full.map((c) => c.filter((x) => x.kind === 'exact'));
  const withPrefix = full.map((c, i) => (i === last ? c.filter((x) => x.kind !== 'fuzzy') : (exactOnly[i] as VocabularyCandidate[])));
  const unknownWidened = withPrefix.map((c, i) => (known(i) ? c : (full[i] as VocabularyCandidate[])));
  const stages = [exactOnly, withPrefix, unknownWidened, full];
  const size = (stage: VocabularyCandidate[][]) => stage.reduce((n, c) => n + c.length, 0);
  return stages.filter((stage, i) => i === 0 || size(stage) > size(stages[i - 1] as VocabularyCandidate[][]));
}

/**
 * Runs one stage's join and records each matched applicant's best score. The word whose candidates
 * are rarest drives the join; the others are probed rarest first, so each probe discards the most.
 */
async function matchStage(db: Kysely<Database>, sandboxes: string[], stage: VocabularyCandidate[][], cap: number, scores: Map<string, Score>): Promise<void> {
  const slots: Slot[] = stage.map((candidates, word) => ({ word, candidates, total: candidates.reduce((n, c) => n + c.count, 0) }));
  slots.sort((a, b) => a.total - b.total || a.candidates.length - b.candidates.length || a.word - b.word);

  const t = (i: number, column: string) => sql.ref(`t${i}.${column}`);
  const tokenList = (slot: Slot) => sql.join(slot.candidates.map((c) => c.token));
  const selections: RawBuilder<unknown>[] = [sql`${t(0, 'applicant_id')} as ${sql.id('id')}`];
  const joins: RawBuilder<unknown>[] = [];
  const conditions: RawBuilder<unknown>[] = [
    sql`${t(0, 'sandbox')} in (${sql.join(sandboxes)})`,
    sql`${t(0, 'token')} in (${tokenList(slots[0] as Slot)})`,
  ];
  slots.forEach((slot, i) => {
    selections.push(sql`${t(i, 'token')} as ${sql.id(`k${i}`)}`);
    if (i === 0) return;
    // CROSS JOIN keeps this order on SQLite; PostgreSQL plans it as an inner join.
    joins.push(sql`cross join applicant_name_tokens as ${sql.id(`t${i}`)}`);
    conditions.push(
      sql`${t(i, 'sandbox')} = ${t(0, 'sandbox')}`,
      sql`${t(i, 'token')} in (${tokenList(slot)})`,
      sql`${t(i, 'applicant_id')} = ${t(0, 'applicant_id')}`,
    );
  });
  const query = sql<Record<string, string>>`select ${sql.join(selections)} from applicant_name_tokens as ${sql.id('t0')} ${sql.join(joins, sql` `)} where ${sql.join(conditions, sql` and `)} limit ${cap}`;
  const { rows } = await query.execute(db);

  const lookups = slots.map((slot) => new Map(slot.candidates.map((c) => [c.token, c])));
  for (const row of rows) {
    let exact = 0;
    let distance = 0;
    const matched = new Set<string>();
    lookups.forEach((lookup, i) => {
      const token = row[`k${i}`] as string;
      const candidate = lookup.get(token);
      if (candidate?.kind === 'exact') exact++;
      distance += candidate?.distance ?? 0;
      matched.add(token);
    });
    const id = row.id as string;
    const known = scores.get(id);
    if (!known || exact > known.exact || (exact === known.exact && (distance < known.distance || (distance === known.distance && matched.size > known.matched)))) {
      scores.set(id, { exact, distance, matched: matched.size });
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

/** How many distinct search tokens the applicant's names have (as `tokensOf` counts them). */
function distinctTokenCount(row: ApplicantRow): number {
  const tokens = new Set(tokensCached(row.given_names));
  for (const token of tokensCached(row.first_surname)) tokens.add(token);
  if (row.second_surname) for (const token of tokensCached(row.second_surname)) tokens.add(token);
  return tokens.size;
}
