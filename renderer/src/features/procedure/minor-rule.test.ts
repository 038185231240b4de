import { describe, expect, it } from 'vitest';
import { isParentalConsentRequirement } from './minor-rule';

describe('isParentalConsentRequirement', () => {
  const parents = {
    es: 'Presencia de ambos padres (o tutores) con identificación.',
    en: 'Both parents present.',
  };
  const op7 = {
    es: 'Formato OP-7 firmado por ambos padres o tutores.',
    en: 'Form OP-7 signed by both parents.',
  };
  const other = { es: 'Pago de derechos.', en: 'Payment of the fee.' };

  it("marks the both-parents and OP-7 requirements of the minor's passport only", () => {
    expect(isParentalConsentRequirement('passport-minor', parents)).toBe(true);
    expect(isParentalConsentRequirement('passport-minor', op7)).toBe(true);
    expect(isParentalConsentRequirement('passport-minor', other)).toBe(false);
    expect(isParentalConsentRequirement('birth-registration', parents)).toBe(false);
  });
});
