/**
 * Builds a CURP from a person's data following RENAPO's Instructivo Normativo.
 *
 * Used to generate realistic seed applicants and to suggest a CURP to an operator;
 * RENAPO assigns the homonym character, so a built CURP may differ from the real
 * one in that position (and therefore in the check digit).
 */
import { curpCheckDigit, STATE_CODES } from './curp';
import { withoutInconvenientWord } from './inconvenient-words';

export type CurpInput = {
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
  sex: 'H' | 'M' | 'X';
  state: string;
  homonym?: string;
};

// Words skipped when a name or surname is compound ("DE LA CRUZ" → CRUZ).
const PARTICLES = new Set([
  'DA',
  'DAS',
  'DE',
  'DEL',
  'DER',
  'DI',
  'DIE',
  'DD',
  'EL',
  'LA',
  'LOS',
  'LAS',
  'LE',
  'LES',
  'MAC',
  'MC',
  'VAN',
  'VON',
  'Y',
]);

// Common first names skipped when followed by another name ("MARIA LUISA" → LUISA),
// because they would make too many CURPs alike.
const COMMON_FIRST_NAMES = new Set(['MARIA', 'MA', 'M', 'JOSE', 'J']);

const VOWELS = 'AEIOU';

/** Uppercase words of a name with accents removed and Ñ as X, as RENAPO writes them. */
function words(name: string): string[] {
  const cleaned = name
    .toUpperCase()
    // Ñ must become X before NFD, which would otherwise reduce it to N.
    .replace(/Ñ/g, 'X')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Hyphens join compound surnames; dots and apostrophes only abbreviate or elide.
    .replace(/-/g, ' ')
    .replace(/[^A-Z ]/g, '');
  return cleaned.split(' ').filter((w) => w.length > 0);
}

/** The word a compound name is known by: the first one that is not a particle. */
function significantWord(parts: string[]): string {
  return parts.find((w) => !PARTICLES.has(w)) ?? parts[0] ?? '';
}

function givenNameWord(givenNames: string): string {
  const all = words(givenNames);
  const withoutParticles = all.filter((w) => !PARTICLES.has(w));
  // A name made only of particle-like words ("Y") is still a name.
  const parts = withoutParticles.length > 0 ? withoutParticles : all;
  const first = parts[0];
  if (first !== undefined && parts.length > 1 && COMMON_FIRST_NAMES.has(first)) return parts[1] ?? first;
  return first ?? '';
}

function firstInternal(word: string, isWanted: (letter: string) => boolean): string {
  for (const letter of word.slice(1)) if (isWanted(letter)) return letter;
  return 'X';
}

const isVowel = (c: string) => VOWELS.includes(c);
const isConsonant = (c: string) => c >= 'A' && c <= 'Z' && !isVowel(c);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function buildCurp(p: CurpInput): string {
  const first = significantWord(words(p.firstSurname));
  const second = p.secondSurname === null ? '' : significantWord(words(p.secondSurname));
  const given = givenNameWord(p.givenNames);
  if (first === '' || given === '') throw new RangeError('a CURP needs a first surname and a given name');

  const match = DATE.exec(p.birthDate);
  const year = Number(match?.[1]);
  const probe = match ? new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]))) : null;
  if (!probe || probe.toISOString().slice(0, 10) !== p.birthDate || year < 1900 || year > 2099) {
    throw new RangeError(`birth date must be a real date between 1900 and 2099: ${p.birthDate}`);
  }
  if (!STATE_CODES.has(p.state)) throw new RangeError(`unknown CURP state code: ${p.state}`);

  const homonym = p.homonym ?? (year < 2000 ? '0' : 'A');
  // The homonym character also carries the century, so it must agree with the birth year.
  if (!(year < 2000 ? /^\d$/ : /^[A-Z]$/).test(homonym)) {
    throw new RangeError(`homonym must be a ${year < 2000 ? 'digit' : 'letter'} for a birth in ${year}`);
  }

  // RENAPO's Anexo 2: four letters that would spell an inconvenient word get an X second.
  const letters = withoutInconvenientWord(
    first.charAt(0) + firstInternal(first, isVowel) + (second.charAt(0) || 'X') + given.charAt(0),
  );

  const consonants =
    firstInternal(first, isConsonant) +
    (second === '' ? 'X' : firstInternal(second, isConsonant)) +
    firstInternal(given, isConsonant);

  const first17 = `${letters}${p.birthDate.slice(2, 4)}${p.birthDate.slice(5, 7)}${p.birthDate.slice(8, 10)}${p.sex}${p.state}${consonants}${homonym}`;
  return `${first17}${curpCheckDigit(first17)}`;
}
