/**
 * Synthetic applicants for seeding and load tests: Mexican names with their accents, ñ and
 * compound forms, birth dates 1940–2025, CURPs built by the RENAPO rules (unique within a run),
 * local US/Canadian phone numbers near the applicant's home consulate and some e-mail addresses.
 *
 * Everything is drawn from one seeded PRNG in a fixed order, so a seed always yields the same
 * applicants, and the first N of a longer run equal a run of N.
 *
 * Proportions are DEMO ASSUMPTIONS: ~12% minors (born 2009 or later), ~3% without a second
 * surname, ~85% with a phone, ~40% with an e-mail, home consulates weighted by office size, birth
 * states weighted towards the traditional sending states (Jalisco, Michoacán, Guanajuato…).
 */
import { buildCurp, type CurpInput } from '../../../shared/domain/curp/curp-builder';
import { consulates, type ConsulateSize } from '../../modules/reference';
import { femaleGivenNames, maleGivenNames, surnames } from '../data/mexican-names';
import { areaCodesFor } from '../data/phone-area-codes';
import { createRandom, type Random, type Weighted } from './random';

export type SyntheticApplicant = {
  id: string;
  curp: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  sex: 'H' | 'M';
  /** E.164, '+1NXXNXXXXXX'. */
  phone: string | null;
  email: string | null;
  homeConsulateId: string;
};

export type GenerateApplicantsOptions = {
  count: number;
  seed: number;
  /** Prefix of the ids, 'app' by default: ids look like 'app_00001z'. */
  idPrefix?: string;
};

const MINOR_SHARE = 0.12;
const NO_SECOND_SURNAME_SHARE = 0.03;
const PHONE_SHARE = 0.85;
const EMAIL_SHARE = 0.4;
/** Share of minors born abroad (state 'NE'): many are US- or Canada-born children of nationals. */
const MINOR_BORN_ABROAD_SHARE = 0.6;

const weights = <T>(table: readonly (readonly [T, number])[]): readonly Weighted<T>[] =>
  table.map(([value, weight]) => ({ value, weight }));

/** CURP state codes of birth for adults (demo assumption: traditional sending states first). */
const ADULT_BIRTH_STATES = weights<string>([
  ['JC', 14],
  ['MN', 13],
  ['GT', 12],
  ['GR', 8],
  ['ZS', 7],
  ['OC', 7],
  ['PL', 7],
  ['CH', 6],
  ['MC', 6],
  ['DF', 5],
  ['SP', 5],
  ['DG', 5],
  ['VZ', 5],
  ['HG', 4],
  ['NT', 3],
  ['SR', 3],
  ['BC', 3],
  ['NL', 3],
  ['TS', 3],
  ['SL', 3],
  ['MS', 3],
  ['CL', 2],
  ['QT', 2],
  ['AS', 2],
  ['CS', 2],
  ['CM', 1],
  ['TL', 1],
  ['YN', 1],
  ['QR', 0.5],
  ['CC', 0.5],
  ['TC', 0.5],
  ['BS', 0.5],
  ['NE', 3],
]);

const SIZE_WEIGHT: Record<ConsulateSize, number> = { large: 6, medium: 3, small: 1 };
const HOME_CONSULATES = consulates.map((c) => ({ value: c.id, weight: SIZE_WEIGHT[c.size] }));

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** Adult birth-year bands [first day, last day] with weights (demo assumption: working ages dominate). */
const ADULT_BANDS = weights<readonly [number, number]>([
  [[dayOf(1940, 1, 1), dayOf(1954, 12, 31)], 6],
  [[dayOf(1955, 1, 1), dayOf(1969, 12, 31)], 18],
  [[dayOf(1970, 1, 1), dayOf(1984, 12, 31)], 32],
  [[dayOf(1985, 1, 1), dayOf(1999, 12, 31)], 30],
  [[dayOf(2000, 1, 1), dayOf(2008, 12, 31)], 14],
]);
const MINOR_BAND: readonly [number, number] = [dayOf(2009, 1, 1), dayOf(2025, 12, 31)];

const EMAIL_DOMAINS = weights<string>([
  ['gmail.com', 40],
  ['hotmail.com', 25],
  ['yahoo.com', 15],
  ['outlook.com', 10],
  ['icloud.com', 5],
  ['live.com', 3],
  ['aol.com', 2],
]);

const DIGITS = '0123456789'.split('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

const foldCache = new Map<string, string>();
/** 'María de los Ángeles' → 'mariadelosangeles'; 'Muñoz' → 'munoz'. */
function asciiFold(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    foldCache.set(text, folded);
  }
  return folded;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function birthDateFrom(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** A local number: area code of the home consulate, exchange 2–9XX (never N11 nor 555). */
function phoneFor(rng: Random, consulateId: string): string {
  const area = rng.pick(areaCodesFor(consulateId));
  let exchange: number;
  do {
    exchange = 200 + rng.int(800);
  } while (exchange % 100 === 11 || exchange === 555);
  return `+1${area}${exchange}${pad(rng.int(10_000), 4)}`;
}

function emailFor(rng: Random, givenNames: string, firstSurname: string, birthYear: number): string {
  const given = asciiFold(givenNames.split(' ')[0] ?? givenNames);
  const surname = asciiFold(firstSurname);
  const separator = rng.pick(['.', '_', '', '.']);
  const style = rng.int(4);
  const suffix = style === 0 ? '' : style === 1 ? pad(birthYear % 100, 2) : String(1 + rng.int(999));
  return `${given}${separator}${surname}${suffix}@${rng.weightedPick(EMAIL_DOMAINS)}`;
}

type Person = Omit<SyntheticApplicant, 'id' | 'curp' | 'phone' | 'email'> & {
  state: string;
  birthYear: number;
};

function drawPerson(rng: Random): Person {
  const sex = rng.chance(0.5) ? 'M' : 'H';
  const givenNames = rng.weightedPick(sex === 'M' ? femaleGivenNames : maleGivenNames);
  const firstSurname = rng.weightedPick(surnames);
  const secondSurname = rng.chance(NO_SECOND_SURNAME_SHARE) ? null : rng.weightedPick(surnames);
  const minor = rng.chance(MINOR_SHARE);
  const [firstDay, lastDay] = minor ? MINOR_BAND : rng.weightedPick(ADULT_BANDS);
  const birthDate = birthDateFrom(firstDay + rng.int(lastDay - firstDay + 1));
  const state = minor && rng.chance(MINOR_BORN_ABROAD_SHARE) ? 'NE' : rng.weightedPick(ADULT_BIRTH_STATES);
  const homeConsulateId = rng.weightedPick(HOME_CONSULATES);
  return {
    givenNames,
    firstSurname,
    secondSurname,
    birthDate,
    birthYear: Number(birthDate.slice(0, 4)),
    sex,
    state,
    homeConsulateId,
  };
}

/**
 * The CURP of a person that is not in `issued` yet: the one with the default homonym character
 * when free, otherwise the first free one varying it (digits 0–9 for births before 2000, letters
 * A–Z from 2000, as RENAPO does); null when every variant is taken. Does not add to `issued`.
 */
export function uniqueCurp(person: Omit<CurpInput, 'homonym'>, issued: ReadonlySet<string>): string | null {
  const first = buildCurp(person);
  if (!issued.has(first)) return first;
  for (const homonym of person.birthDate < '2000' ? DIGITS : LETTERS) {
    const curp = buildCurp({ ...person, homonym });
    if (!issued.has(curp)) return curp;
  }
  return null;
}

/**
 * Yields `count` synthetic applicants, deterministically for `seed`. CURPs are unique across the
 * run; ids are `${idPrefix}_${index in base 36, zero-padded to 6}`.
 */
export function* generateApplicants(options: GenerateApplicantsOptions): Generator<SyntheticApplicant> {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const prefix = options.idPrefix ?? 'app';
  const rng = createRandom(seed);
  const issued = new Set<string>();

  for (let index = 0; index < count; index++) {
    let person = drawPerson(rng);
    let curp = uniqueCurp(person, issued);
    // Every homonym character taken (only plausible for huge runs): draw another person.
    while (curp === null) {
      person = drawPerson(rng);
      curp = uniqueCurp(person, issued);
    }
    issued.add(curp);
    const phone = rng.chance(PHONE_SHARE) ? phoneFor(rng, person.homeConsulateId) : null;
    const email = rng.chance(EMAIL_SHARE)
      ? emailFor(rng, person.givenNames, person.firstSurname, person.birthYear)
      : null;
    yield {
      id: `${prefix}_${index.toString(36).padStart(6, '0')}`,
      curp,
      givenNames: person.givenNames,
      firstSurname: person.firstSurname,
      secondSurname: person.secondSurname,
      birthDate: person.birthDate,
      sex: person.sex,
      phone,
      email,
      homeConsulateId: person.homeConsulateId,
    };
  }
}
