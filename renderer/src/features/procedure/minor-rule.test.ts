import { describe, expect, it } from 'vitest';
import { ageOn, isParentalConsentRequirement, localDateOf, minorOnAdultPassport } from './minor-rule';

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn('1980-01-01', '2026-12-31')).toBe(46);
  });

  it('treats a 29 February birthday as 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('minorOnAdultPassport', () => {
  const today = '2026-03-10';

  it('gives the age of a minor booking an adult passport', () => {
    expect(minorOnAdultPassport('passport-first', '2012-05-01', today)).toBe(13);
    expect(minorOnAdultPassport('passport-renewal', '2008-03-11', today)).toBe(17);
  });

  it('stays silent for adults, for the minor passport and for other services', () => {
    expect(minorOnAdultPassport('passport-first', '2008-03-10', today)).toBeNull();
    expect(minorOnAdultPassport('passport-minor', '2012-05-01', today)).toBeNull();
    expect(minorOnAdultPassport('matricula', '2012-05-01', today)).toBeNull();
    expect(minorOnAdultPassport(null, '2012-05-01', today)).toBeNull();
    expect(minorOnAdultPassport('passport-first', null, today)).toBeNull();
  });
});

describe('isParentalConsentRequirement', () => {
  const parents = { es: 'Presencia de ambos padres (o tutores) con identificación.', en: 'Both parents present.' };
  const op7 = { es: 'Formato OP-7 firmado por ambos padres o tutores.', en: 'Form OP-7 signed by both parents.' };
  const other = { es: 'Pago de derechos.', en: 'Payment of the fee.' };

  it("marks the both-parents and OP-7 requirements of the minor's passport only", () => {
    expect(isParentalConsentRequirement('passport-minor', parents)).toBe(true);
    expect(isParentalConsentRequirement('passport-minor', op7)).toBe(true);
    expect(isParentalConsentRequirement('passport-minor', other)).toBe(false);
    expect(isParentalConsentRequirement('birth-registration', parents)).toBe(false);
  });
});

describe('localDateOf', () => {
  it('reads the machine-local calendar date', () => {
    expect(localDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
