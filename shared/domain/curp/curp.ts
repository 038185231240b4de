/**
 * Validation of the CURP (Clave Única de Registro de Población), the 18-character
 * identity key Mexican nationals give when booking, as strictly as RENAPO builds it
 * (Instructivo Normativo para la Asignación de la CURP):
 *
 * - positions 1–4: initial of the first surname, its first internal vowel (X when it has
 *   none, or when the four letters would spell an inconvenient word), initial of the second
 *   surname (X without one), initial of the given name;
 * - 5–10: birth date YYMMDD; 11: sex H, M or X; 12–13: state of birth (NE abroad);
 * - 14–16: first internal consonants of the surnames and the given name (X when none);
 * - 17: homonym character, a digit for births before 2000 and a letter from 2000 (so it also
 *   carries the century); 18: check digit over the first 17.
 */
import { INCONVENIENT_WORDS } from './inconvenient-words';

/** Case-sensitive: callers uppercase first (the API schema does). */
export const CURP_PATTERN = /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d$/;

/** 18 letters and digits where RENAPO puts letters and digits; the finer rules are checked one by one. */
const LAYOUT = /^[A-Z]{4}\d{6}[A-Z][A-Z]{2}[A-Z]{3}[A-Z0-9]\d$/;
const VOWEL_OR_X = /^[AEIOUX]$/;
const SEX = /^[HMX]$/;
const INTERNAL_CONSONANTS = /^[B-DF-HJ-NP-TV-Z]{3}$/;

/** RENAPO's state-of-birth codes; 'NE' (nacido en el extranjero) is born abroad. */
export const STATE_CODES: ReadonlySet<string> = new Set([
  'AS', // Aguascalientes
  'BC', // Baja California
  'BS', // Baja California Sur
  'CC', // Campeche
  'CL', // Coahuila
  'CM', // Colima
  'CS', // Chiapas
  'CH', // Chihuahua
  'DF', // Ciudad de México (still DF in the CURP)
  'DG', // Durango
  'GT', // Guanajuato
  'GR', // Guerrero
  'HG', // Hidalgo
  'JC', // Jalisco
  'MC', // Estado de México
  'MN', // Michoacán
  'MS', // Morelos
  'NT', // Nayarit
  'NL', // Nuevo León
  'OC', // Oaxaca
  'PL', // Puebla
  'QT', // Querétaro
  'QR', // Quintana Roo
  'SP', // San Luis Potosí
  'SL', // Sinaloa
  'SR', // Sonora
  'TC', // Tabasco
  'TS', // Tamaulipas
  'TL', // Tlaxcala
  'VZ', // Veracruz
  'YN', // Yucatán
  'ZS', // Zacatecas
  'NE', // born abroad
]);

// Ñ sits between N and O, so letters after N are worth one more than in plain base 36.
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** The check digit of the first 17 characters: weights 18 down to 2, sum mod 10, 10's complement. */
export function curpCheckDigit(first17: string): number {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHECK_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`character not allowed in a CURP: ${first17.charAt(i)}`);
    sum += value * (18 - i);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Birth date 'YYYY-MM-DD' encoded in a CURP, or null when the shape or the date is
 * wrong. The century comes from the homonym character: a digit means the 1900s, a
 * letter the 2000s. The check digit is not verified here (see isValidCurp).
 */
export function curpBirthDate(curp: string): string | null {
  if (!LAYOUT.test(curp)) return null;
  const century = /\d/.test(curp.charAt(16)) ? 1900 : 2000;
  const year = century + Number(curp.slice(4, 6));
  const month = Number(curp.slice(6, 8));
  const day = Number(curp.slice(8, 10));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${curp.slice(6, 8)}-${curp.slice(8, 10)}`;
}

/** The first RENAPO rule a value breaks, so the operator is told which part to check. */
export type CurpProblem =
  | 'layout'
  | 'second_letter'
  | 'inconvenient_word'
  | 'birth_date'
  | 'sex'
  | 'state'
  | 'consonants'
  | 'check_digit';

/** Null when the value is a CURP RENAPO could have issued; else the rule it breaks. */
export function curpProblem(value: string): CurpProblem | null {
  if (!LAYOUT.test(value)) return 'layout';
  if (!VOWEL_OR_X.test(value.charAt(1))) return 'second_letter';
  if (INCONVENIENT_WORDS.has(value.slice(0, 4))) return 'inconvenient_word';
  if (!SEX.test(value.charAt(10))) return 'sex';
  if (!STATE_CODES.has(value.slice(11, 13))) return 'state';
  if (!INTERNAL_CONSONANTS.test(value.slice(13, 16))) return 'consonants';
  if (curpBirthDate(value) === null) return 'birth_date';
  if (curpCheckDigit(value.slice(0, 17)) !== Number(value.charAt(17))) return 'check_digit';
  return null;
}

export const isValidCurp = (value: string): boolean => curpProblem(value) === null;
