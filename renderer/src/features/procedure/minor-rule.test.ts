import { describe, expect, it } from 'vitest';
import { isParentalConsentRequirement, minorOnAdultPassport } from './minor-rule';

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
