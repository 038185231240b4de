import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { NotEligibleDetails } from '../../../shared/api/booking/not-eligible';
import { catalogs, type MessageId } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import type { MessageValues } from '../i18n/use-t';
import { ineligibilityMark, ineligibilityText, nameIneligibility } from './eligibility-text';

const translate = (locale: Locale) => {
  const intl = createIntl({ locale, messages: catalogs[locale] });
  return (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
};

const PASSPORT_FIRST = {
  es: 'Pasaporte por primera vez (mayores de edad)',
  en: 'Passport, first time (adults)',
};
const PASSPORT_MINOR = { es: 'Pasaporte para menores de edad', en: 'Passport for a minor' };

/** The details of the server's 409, as it sends them for a 17-year-old on an adult passport. */
const tooYoung: NotEligibleDetails = {
  reason: 'too_young',
  procedureId: 'passport-first',
  procedureName: PASSPORT_FIRST,
  age: 17,
  onDate: '2027-03-03',
  minAge: 18,
  eligibleFrom: '2027-03-20',
  suggestedProcedureId: 'passport-minor',
  suggestedProcedureName: PASSPORT_MINOR,
};

describe('what the operator reads out when a person cannot have a service on the date', () => {
  it('says the age on the appointment date and what to book instead, in Spanish and in English', () => {
    expect(ineligibilityText(translate('es-MX'), 'es-MX', tooYoung, '2027-01-10')).toBe(
      'La persona tendrá 17 años el 3 de marzo: agende «Pasaporte para menores de edad». «Pasaporte por primera vez (mayores de edad)» es a partir de los 18 años (los cumple el 20 de marzo).',
    );
    expect(ineligibilityText(translate('en'), 'en', tooYoung, '2027-01-10')).toBe(
      'The person will be 17 on March 3: book “Passport for a minor” instead. “Passport, first time (adults)” is for people 18 or older (they turn 18 on March 20).',
    );
  });

  it('names the year of a date that is not this year, and says when to book when nothing stands in', () => {
    const matricula: NotEligibleDetails = {
      ...tooYoung,
      procedureId: 'matricula',
      procedureName: { es: 'Matrícula consular (MCAS)', en: 'Consular ID card' },
      suggestedProcedureId: null,
      suggestedProcedureName: null,
    };
    expect(ineligibilityText(translate('es-MX'), 'es-MX', matricula, '2026-12-20')).toBe(
      'La persona tendrá 17 años el 3 de marzo de 2027: «Matrícula consular (MCAS)» es a partir de los 18 años. Los cumple el 20 de marzo de 2027: agende a partir de ese día.',
    );
  });

  it('an adult on the minor passport, and a foreign national without a CURP', () => {
    const tooOld: NotEligibleDetails = {
      reason: 'too_old',
      procedureId: 'passport-minor',
      procedureName: PASSPORT_MINOR,
      age: 18,
      onDate: '2027-03-20',
      maxAge: 17,
      eligibleUntil: '2027-03-19',
      suggestedProcedureId: 'passport-first',
      suggestedProcedureName: PASSPORT_FIRST,
    };
    expect(ineligibilityText(translate('es-MX'), 'es-MX', tooOld, '2027-01-10')).toBe(
      'La persona tendrá 18 años el 20 de marzo: agende «Pasaporte por primera vez (mayores de edad)». «Pasaporte para menores de edad» es para menores de 18 años.',
    );
    const visitor = nameIneligibility(
      {
        reason: 'needs_curp',
        procedureId: 'passport-first',
        age: 40,
        onDate: '2027-01-12',
        noCurpReason: 'foreign_national',
        suggestedProcedureId: 'visa',
      },
      [
        { id: 'passport-first', name: PASSPORT_FIRST },
        { id: 'visa', name: { es: 'Visa para personas extranjeras', en: 'Visa for foreign nationals' } },
      ],
    );
    expect(ineligibilityText(translate('es-MX'), 'es-MX', visitor, '2027-01-10')).toBe(
      'La persona está registrada sin CURP por ser extranjera: «Pasaporte por primera vez (mayores de edad)» requiere CURP. Agende «Visa para personas extranjeras».',
    );
    expect(ineligibilityMark(translate('es-MX'), 'es-MX', visitor, '2027-01-10')).toBe(
      'No corresponde: requiere CURP; use «Visa para personas extranjeras»',
    );
  });
});
