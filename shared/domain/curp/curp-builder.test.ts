import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCurp, type CurpInput } from './curp-builder';
import { STATE_CODES, curpBirthDate, isValidCurp } from './curp';
import { INCONVENIENT_WORDS } from './inconvenient-words';

describe('buildCurp (hand-checked examples)', () => {
  it('Juan Pérez López, 1985-04-12, Jalisco', () => {
    // Letters P (Pérez) E (first internal vowel) L (López) J (Juan) → PELJ; 850412 H JC;
    // consonants R (pÉRez) P (lóPez) N (juaN); homonym 0 (born before 2000).
    // Check: P 26×18=468, E 14×17=238, L 21×16=336, J 19×15=285, 8×14=112, 5×13=65, 0×12=0,
    // 4×11=44, 1×10=10, 2×9=18, H 17×8=136, J 19×7=133, C 12×6=72, R 28×5=140, P 26×4=104,
    // N 23×3=69, 0×2=0 → 2230; 2230 mod 10 = 0 → check 0.
    expect(
      buildCurp({
        givenNames: 'Juan',
        firstSurname: 'Pérez',
        secondSurname: 'López',
        birthDate: '1985-04-12',
        sex: 'H',
        state: 'JC',
      }),
    ).toBe('PELJ850412HJCRPN00');
  });

  it('María de los Ángeles Núñez, no second surname, 2003-07-09, born abroad', () => {
    // Ñ → X: NUXEZ gives N U; no second surname → X; MARIA is skipped in a compound name and
    // DE LOS are particles → ANGELES → A. Consonants X (nuXez), X (none), N (aNgeles); homonym A.
    // Check: N 23×18=414, U 31×17=527, X 34×16=544, A 10×15=150, 0×14=0, 3×13=39, 0×12=0,
    // 7×11=77, 0×10=0, 9×9=81, M 22×8=176, N 23×7=161, E 14×6=84, X 34×5=170, X 34×4=136,
    // N 23×3=69, A 10×2=20 → 2648; mod 10 = 8 → check 2.
    expect(
      buildCurp({
        givenNames: 'María de los Ángeles',
        firstSurname: 'Núñez',
        secondSurname: null,
        birthDate: '2003-07-09',
        sex: 'M',
        state: 'NE',
      }),
    ).toBe('NUXA030709MNEXXNA2');
  });

  it('replaces the second letter of an inconvenient word (PEDO → PXDO)', () => {
    // Octavio Pérez Domínguez → P E D O → PXDO; consonants R M C.
    // Check: P 468, X 34×17=578, D 13×16=208, O 25×15=375, 9×14=126, 0, 0, 1×11=11, 1×10=10,
    // 5×9=45, H 136, S 29×7=203, R 28×6=168, R 28×5=140, M 22×4=88, C 12×3=36, 0 → 2592 → check 8.
    expect(
      buildCurp({
        givenNames: 'Octavio',
        firstSurname: 'Pérez',
        secondSurname: 'Domínguez',
        birthDate: '1990-01-15',
        sex: 'H',
        state: 'SR',
      }),
    ).toBe('PXDO900115HSRRMC08');
  });

  it("writes X second for every word of RENAPO's catalogue, and the result is a valid CURP", () => {
    // Names made to spell each word: first surname L1 + vowel, second surname from L3, given name from L4.
    for (const word of INCONVENIENT_WORDS) {
      const [l1, vowel, l3, l4] = word.split('') as [string, string, string, string];
      const curp = buildCurp({
        givenNames: `${l4}andro`,
        firstSurname: `${l1}${vowel}nto`,
        secondSurname: `${l3}orres`,
        birthDate: '1988-02-29',
        sex: 'H',
        state: 'MN',
      });
      expect(curp.slice(0, 4), word).toBe(`${l1}X${l3}${l4}`);
      expect(isValidCurp(curp), curp).toBe(true);
    }
  });

  it('judges the four letters together: Baca Canto Carmen → BACC, Loza Cárdenas Araceli → LXCA, Vargas Campos Ángel → VXCA', () => {
    // BACC and LOCL are ordinary; LOCA and VACA are in the catalogue.
    expect(
      buildCurp({
        givenNames: 'Carmen',
        firstSurname: 'Baca',
        secondSurname: 'Canto',
        birthDate: '1970-01-01',
        sex: 'M',
        state: 'CH',
      }).slice(0, 4),
    ).toBe('BACC');
    expect(
      buildCurp({
        givenNames: 'Lorenzo',
        firstSurname: 'Loza',
        secondSurname: 'Cárdenas',
        birthDate: '1970-01-01',
        sex: 'H',
        state: 'CH',
      }).slice(0, 4),
    ).toBe('LOCL');
    expect(
      buildCurp({
        givenNames: 'Araceli',
        firstSurname: 'Loza',
        secondSurname: 'Cárdenas',
        birthDate: '1970-01-01',
        sex: 'M',
        state: 'CH',
      }).slice(0, 4),
    ).toBe('LXCA');
    expect(
      buildCurp({
        givenNames: 'Ángel',
        firstSurname: 'Vargas',
        secondSurname: 'Campos',
        birthDate: '2001-05-05',
        sex: 'H',
        state: 'GT',
      }).slice(0, 4),
    ).toBe('VXCA');
  });

  it('skips particles in surnames and JOSE in a compound given name', () => {
    // José Luis de la Cruz Mc Gregor → CRUZ, GREGOR, LUIS → C U G L; consonants R R S.
    // Check: C 12×18=216, U 31×17=527, G 16×16=256, L 21×15=315, 7×14=98, 8×13=104, 1×12=12,
    // 1×11=11, 3×10=30, 0×9=0, H 136, D 13×7=91, F 15×6=90, R 140, R 112, S 29×3=87, 0 → 2225 → check 5.
    expect(
      buildCurp({
        givenNames: 'José Luis',
        firstSurname: 'de la Cruz',
        secondSurname: 'Mc Gregor',
        birthDate: '1978-11-30',
        sex: 'H',
        state: 'DF',
      }),
    ).toBe('CUGL781130HDFRRS05');
  });

  it('keeps MARIA or JOSE when it is the only given name, and expands MA. abbreviations', () => {
    const base: CurpInput = {
      givenNames: 'María',
      firstSurname: 'Gómez',
      secondSurname: 'Ruiz',
      birthDate: '1970-05-05',
      sex: 'M',
      state: 'OC',
    };
    expect(buildCurp(base).slice(0, 4)).toBe('GORM');
    expect(buildCurp({ ...base, givenNames: 'Ma. Guadalupe' }).slice(0, 4)).toBe('GORG');
    expect(buildCurp({ ...base, givenNames: 'J. Refugio', sex: 'H' }).slice(0, 4)).toBe('GORR');
    expect(buildCurp({ ...base, givenNames: 'José', sex: 'H' }).slice(0, 4)).toBe('GORJ');
  });

  it('uses X where a letter or consonant is missing', () => {
    // "Ao" has no internal consonant; "Li" has an internal vowel but no internal consonant.
    const curp = buildCurp({
      givenNames: 'Ian',
      firstSurname: 'Li',
      secondSurname: 'Ao',
      birthDate: '1999-12-31',
      sex: 'H',
      state: 'BC',
    });
    expect(curp.slice(0, 4)).toBe('LIAI');
    expect(curp.slice(13, 16)).toBe('XXN');
  });

  it('honours an explicit homonym and rejects one from the wrong century', () => {
    const base: CurpInput = {
      givenNames: 'Ana',
      firstSurname: 'Soto',
      secondSurname: 'Vega',
      birthDate: '2010-02-03',
      sex: 'M',
      state: 'NL',
    };
    expect(buildCurp(base).charAt(16)).toBe('A');
    expect(buildCurp({ ...base, homonym: 'B' }).charAt(16)).toBe('B');
    expect(() => buildCurp({ ...base, homonym: '1' })).toThrow(RangeError);
    expect(() => buildCurp({ ...base, state: 'XX' })).toThrow(RangeError);
    expect(() => buildCurp({ ...base, birthDate: '2010-02-30' })).toThrow(RangeError);
    expect(() => buildCurp({ ...base, givenNames: ' ' })).toThrow(RangeError);
  });
});

const nameArb = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZÁÉÍÓÚÜáéíóúñ'.split('')), {
    minLength: 1,
    maxLength: 10,
  })
  .map((cs) => cs.join(''));
const compoundArb = fc
  .array(fc.oneof(nameArb, fc.constantFrom('de', 'la', 'del', 'María', 'José', 'Ma.', 'Mc', 'van', 'y')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ws) => ws.join(' '))
  .filter((s) => /[A-Za-zÀ-ÿ]/.test(s.replace(/\b(de|la|del|Mc|van|y)\b/g, '')));

describe('buildCurp properties', () => {
  it('every built CURP is valid and round-trips its birth date', () => {
    fc.assert(
      fc.property(
        compoundArb,
        compoundArb,
        fc.option(compoundArb, { nil: null }),
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom<'H' | 'M' | 'X'>('H', 'M', 'X'),
        fc.constantFrom(...STATE_CODES),
        (givenNames, firstSurname, secondSurname, birth, sex, state) => {
          const birthDate = birth.toISOString().slice(0, 10);
          const curp = buildCurp({ givenNames, firstSurname, secondSurname, birthDate, sex, state });
          expect(isValidCurp(curp), curp).toBe(true);
          expect(curpBirthDate(curp)).toBe(birthDate);
          expect(curp.slice(10, 13)).toBe(`${sex}${state}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
