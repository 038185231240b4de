/**
 * Appointment confirmation codes, read aloud over the phone and typed by operators.
 * The alphabet leaves out characters that look or sound alike (0/O, 1/I/L).
 */

export const CONFIRMATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^7 ≈ 27.5 billion codes: guessing one is hopeless, reading it out stays short. */
export const CONFIRMATION_CODE_LENGTH = 7;

const CODE_PATTERN = new RegExp(`^[${CONFIRMATION_ALPHABET}]{${CONFIRMATION_CODE_LENGTH}}$`);

/**
 * A fresh code. `randomInt(n)` must return an integer in [0, n); the server passes a
 * cryptographic source, tests a deterministic one (this module stays free of node:crypto).
 */
export function generateConfirmationCode(randomInt: (maxExclusive: number) => number): string {
  let code = '';
  for (let i = 0; i < CONFIRMATION_CODE_LENGTH; i++) {
    const index = randomInt(CONFIRMATION_ALPHABET.length);
    if (!Number.isInteger(index) || index < 0 || index >= CONFIRMATION_ALPHABET.length) {
      throw new RangeError(
        `randomInt returned ${index}, expected an integer in [0, ${CONFIRMATION_ALPHABET.length})`,
      );
    }
    code += CONFIRMATION_ALPHABET.charAt(index);
  }
  return code;
}

/** Exact check: uppercase, 7 characters of the alphabet. */
export function isConfirmationCode(s: string): boolean {
  return CODE_PATTERN.test(s);
}

/**
 * What an operator typed ("abc-12de", " ABC 2DEF ") as a code, or null. Separators and
 * case are forgiven; look-alike characters are not guessed, since a wrong guess would
 * open someone else's appointment.
 */
export function normalizeConfirmationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  return isConfirmationCode(compact) ? compact : null;
}

const NATO: Readonly<Record<string, string>> = {
  A: 'Alfa',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
  J: 'Juliett',
  K: 'Kilo',
  M: 'Mike',
  N: 'November',
  P: 'Papa',
  Q: 'Quebec',
  R: 'Romeo',
  S: 'Sierra',
  T: 'Tango',
  U: 'Uniform',
  V: 'Victor',
  W: 'Whiskey',
  X: 'X-ray',
  Y: 'Yankee',
  Z: 'Zulu',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
};

// "B de Burro" style, as spelled on the phone in Mexico; place names most callers know.
// B/V and S/Z/C sound alike in Spanish, so their words must be unmistakable.
const SPANISH: Readonly<Record<string, string>> = {
  A: 'A de Amor',
  B: 'B de Burro',
  C: 'C de Casa',
  D: 'D de Dedo',
  E: 'E de Elefante',
  F: 'F de Foca',
  G: 'G de Gato',
  H: 'H de Hotel',
  J: 'J de Jalisco',
  K: 'K de Kilo',
  M: 'M de México',
  N: 'N de Nayarit',
  P: 'P de Puebla',
  Q: 'Q de Querétaro',
  R: 'R de Roma',
  S: 'S de Sonora',
  T: 'T de Tabasco',
  U: 'U de Uva',
  V: 'V de Vaca',
  W: 'W de Washington',
  X: 'X de Xilófono',
  Y: 'Y de Yucatán',
  Z: 'Z de Zacatecas',
  '2': 'dos',
  '3': 'tres',
  '4': 'cuatro',
  '5': 'cinco',
  '6': 'seis',
  '7': 'siete',
  '8': 'ocho',
  '9': 'nueve',
};

/** One spoken word (or phrase) per character; characters outside the alphabet are rejected. */
export function spellPhonetic(code: string, lang: 'es' | 'en'): string[] {
  const table = lang === 'es' ? SPANISH : NATO;
  return [...code.toUpperCase()].map((c) => {
    const word = table[c];
    if (word === undefined) throw new RangeError(`not a confirmation-code character: ${c}`);
    return word;
  });
}
