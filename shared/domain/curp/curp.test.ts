import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURP_PATTERN, STATE_CODES, curpBirthDate, curpCheckDigit, curpProblem, isValidCurp } from './curp';
import { INCONVENIENT_WORDS } from './inconvenient-words';

// Published examples of valid CURPs: python-stdnum's doctests (stdnum/mx/curp.py and
// tests/test_mx_curp.doctest: Gloria Hernández García HEGG560427MVZRRL04, Luis Raúl Bello Mena
// BEML920313HMCLNS09, PEGL890909MJCRMS08, BOXW310820HNERXN09) and public validator test suites.
const KNOWN_VALID = [
  'BOXW310820HNERXN09',
  'HEGG560427MVZRRL04',
  'BEML920313HMCLNS09',
  'PEGL890909MJCRMS08',
  'OEVL921024MDFLRR07',
  'EOTN981127HNESLC06',
  'LOOA531113HTCPBN07',
];
/** The first 17 characters with their own check digit, so only the rule under test can fail. */
const withCheck = (first17: string) => `${first17}${curpCheckDigit(first17)}`;

describe('curpCheckDigit', () => {
  it('matches a hand computation (BOXW310820HNERXN0 → 9)', () => {
    // B 11×18=198, O 25×17=425, X 34×16=544, W 33×15=495, 3×14=42, 1×13=13, 0×12=0,
    // 8×11=88, 2×10=20, 0×9=0, H 17×8=136, N 23×7=161, E 14×6=84, R 28×5=140,
    // X 34×4=136, N 23×3=69, 0×2=0 → sum 2551, 2551 mod 10 = 1, (10 − 1) mod 10 = 9.
    // Note O = 25 and X = 34 (not 24/33) because Ñ sits between N and O.
    expect(curpCheckDigit('BOXW310820HNERXN0')).toBe(9);
  });

  it('matches a second hand computation (HEGG560427MVZRRL0 → 4)', () => {
    // H 17×18=306, E 14×17=238, G 16×16=256, G 16×15=240, 5×14=70, 6×13=78, 0×12=0,
    // 4×11=44, 2×10=20, 7×9=63, M 22×8=176, V 32×7=224, Z 36×6=216, R 28×5=140,
    // R 28×4=112, L 21×3=63, 0×2=0 → sum 2246, mod 10 = 6, 10 − 6 = 4.
    expect(curpCheckDigit('HEGG560427MVZRRL0')).toBe(4);
  });

  it('gives 0, not 10, when the sum is a multiple of 10', () => {
    // PELJ850412HJCRPN0 sums to 2230 (see curp-builder.test.ts).
    expect(curpCheckDigit('PELJ850412HJCRPN0')).toBe(0);
  });

  it('rejects wrong lengths and foreign characters', () => {
    expect(() => curpCheckDigit('BOXW310820HNERXN')).toThrow(RangeError);
    expect(() => curpCheckDigit('BOXW310820HNERXn0')).toThrow(RangeError);
  });
});

describe('isValidCurp', () => {
  it('accepts published valid CURPs', () => {
    for (const curp of KNOWN_VALID) expect(isValidCurp(curp), curp).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidCurp('BOXW310820HNERXN08')).toBe(false);
    expect(isValidCurp('HEGG560427MVZRRL05')).toBe(false);
  });

  it('rejects unknown states, impossible dates and bad shapes', () => {
    // Same first 17 characters pattern-wise, with a recomputed check digit so only one rule fails.
    expect(isValidCurp(withCheck('HEGG560427MZZRRL0'))).toBe(false); // ZZ is not a state
    expect(isValidCurp(withCheck('HEGG560230MVZRRL0'))).toBe(false); // 30 February
    expect(isValidCurp(withCheck('HEGG000229MVZRRL0'))).toBe(false); // 1900 was not a leap year
    expect(isValidCurp(withCheck('HEGG000229MVZRRLA'))).toBe(true); // 2000 was
    expect(isValidCurp(withCheck('HEGG561327MVZRRL0'))).toBe(false); // month 13
    expect(isValidCurp(withCheck('HEGG560427MVZARL0'))).toBe(false); // vowel among the consonants
    expect(isValidCurp(withCheck('HEGG560427XVZRRL0'))).toBe(true); // X = non-binary sex marker
    expect(isValidCurp(withCheck('HEGG560427HNERRL0'))).toBe(true); // born abroad
    expect(isValidCurp('hegg560427mvzrrl04')).toBe(false); // callers uppercase first
    expect(isValidCurp('HEGG560427MVZRRL04 ')).toBe(false);
    expect(isValidCurp('')).toBe(false);
  });

  it('any other final digit invalidates a valid CURP (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_VALID), fc.integer({ min: 1, max: 9 }), (curp, delta) => {
        const wrong = (Number(curp.charAt(17)) + delta) % 10;
        expect(isValidCurp(`${curp.slice(0, 17)}${wrong}`)).toBe(false);
      }),
    );
  });
  it('a mistyped date digit at a weight coprime to 10 is always caught (property)', () => {
    // Positions 5, 7 and 9 carry weights 13, 11 and 9: any change of d (1..9) moves the sum by
    // a non-multiple of 10, so the old check digit no longer fits.
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_VALID),
        fc.constantFrom(5, 7, 9),
        fc.integer({ min: 1, max: 9 }),
        (curp, index, delta) => {
          const digit = (Number(curp.charAt(index)) + delta) % 10;
          const typo = `${curp.slice(0, index)}${digit}${curp.slice(index + 1)}`;
          expect(isValidCurp(typo)).toBe(false);
        },
      ),
    );
  });
});

describe("curpProblem: each of RENAPO's rules on its own", () => {
  it('finds nothing wrong with published CURPs', () => {
    for (const curp of KNOWN_VALID) expect(curpProblem(curp), curp).toBeNull();
  });

  it('position 2 is the first internal vowel of the first surname, or X', () => {
    expect(curpProblem(withCheck('HGGG560427MVZRRL0'))).toBe('second_letter'); // a consonant
    expect(curpProblem(withCheck('H1GG560427MVZRRL0'))).toBe('layout'); // not even a letter
    for (const vowel of 'AEIOUX')
      expect(curpProblem(withCheck(`H${vowel}GG560427MVZRRL0`)), vowel).toBeNull();
  });

  it("no CURP starts with one of RENAPO's inconvenient words: it would carry an X second", () => {
    // python-stdnum's doctest: BACA890909MJCRMS05 is refused for its first four letters.
    expect(curpProblem('BACA890909MJCRMS05')).toBe('inconvenient_word');
    expect(INCONVENIENT_WORDS.size).toBe(81);
    for (const word of INCONVENIENT_WORDS) {
      expect(curpProblem(withCheck(`${word}890909MJCRMS0`)), word).toBe('inconvenient_word');
      // What RENAPO issues instead: the same letters with X second.
      expect(curpProblem(withCheck(`${word.charAt(0)}X${word.slice(2)}890909MJCRMS0`)), word).toBeNull();
    }
  });

  it('sex is H, M or X', () => {
    expect(curpProblem(withCheck('PEGL890909QJCRMS0'))).toBe('sex');
    for (const sex of 'HMX') expect(curpProblem(withCheck(`PEGL890909${sex}JCRMS0`)), sex).toBeNull();
  });

  it('the state is one of the 32 states or NE', () => {
    expect(curpProblem(withCheck('PEGL890909MQQRMS0'))).toBe('state');
    expect(curpProblem(withCheck('PEGL890909MCXRMS0'))).toBe('state'); // Mexico City is still DF in the CURP
    expect(curpProblem(withCheck('PEGL890909MNERMS0'))).toBeNull();
  });

  it('positions 14 to 16 are consonants (X where a name has none)', () => {
    expect(curpProblem(withCheck('PEGL890909MJCAMS0'))).toBe('consonants');
    expect(curpProblem(withCheck('PEGL890909MJCRMÑ0'))).toBe('layout');
    expect(curpProblem(withCheck('PEGL890909MJCXXX0'))).toBeNull();
  });

  it('the birth date exists, in the century the homonym character says', () => {
    expect(curpProblem(withCheck('PEGL891313MJCRMS0'))).toBe('birth_date');
    expect(curpProblem(withCheck('PEGL890229MJCRMS0'))).toBe('birth_date'); // 1989 had no 29 February
    expect(curpProblem(withCheck('PEGL000229MJCRMS0'))).toBe('birth_date'); // a digit: 1900, not a leap year
    expect(curpProblem(withCheck('PEGL000229MJCRMSA'))).toBeNull(); // a letter: 2000, a leap year
    expect(curpBirthDate(withCheck('PEGL890909MJCRMSA'))).toBe('2089-09-09'); // the API then finds it does not match
  });

  it('the check digit matches the first 17 characters', () => {
    expect(curpProblem('PEGL890909MJCRMS09')).toBe('check_digit');
    expect(curpProblem('PEGL890909MJCRMS08')).toBeNull();
  });

  it('reports the layout for wrong lengths, lower case and stray characters', () => {
    for (const value of [
      '',
      'PEGL890909MJCRMS0',
      'PEGL890909MJCRMS088',
      'pegl890909mjcrms08',
      'PEGL890909MJCRMS0A',
      'PEGL89O909MJCRMS08',
    ]) {
      expect(curpProblem(value), value).toBe('layout');
    }
  });
});

describe('curpBirthDate', () => {
  it('takes the century from the homonym character', () => {
    expect(curpBirthDate('HEGG560427MVZRRL04')).toBe('1956-04-27');
    expect(curpBirthDate('BOXW310820HNERXN09')).toBe('1931-08-20');
    expect(curpBirthDate('NUXA030709MNEXXNA2')).toBe('2003-07-09');
  });

  it('returns null for malformed values or impossible dates', () => {
    expect(curpBirthDate('HEGG560230MVZRRL04')).toBeNull();
    expect(curpBirthDate('not a curp')).toBeNull();
  });
});

describe('constants', () => {
  it('has the 32 states plus NE', () => {
    expect(STATE_CODES.size).toBe(33);
    expect(STATE_CODES.has('NE')).toBe(true);
    expect(STATE_CODES.has('DF')).toBe(true);
    expect(STATE_CODES.has('CX')).toBe(false);
  });

  it('CURP_PATTERN accepts the documented layout', () => {
    expect(CURP_PATTERN.test('BOXW310820HNERXN09')).toBe(true);
    expect(CURP_PATTERN.test('BOXW310820FNERXN09')).toBe(false); // sex must be H, M or X
    expect(CURP_PATTERN.test('BOXW310820HNERXN0A')).toBe(false); // check is a digit
  });
});
