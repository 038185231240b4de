import { describe, expect, it } from 'vitest';
import { curpCheckDigit } from '../../../../shared/domain/curp/curp';
import { buildCurp } from '../../../../shared/domain/curp/curp-builder';
import {
  emptyApplicantForm,
  messageLanguage,
  phoneToSend,
  toCreateBody,
  validateApplicantForm,
  type ApplicantFormValues,
} from './applicant-form';

const person = {
  givenNames: 'Xóchitl',
  firstSurname: 'Hernández',
  secondSurname: 'Zaldívar',
  birthDate: '1990-06-30',
};
const curp = buildCurp({ ...person, sex: 'M', state: 'JC' });
const valid: ApplicantFormValues = { ...emptyApplicantForm, ...person, curp };
/** The CURP with one rule broken and its check digit recomputed, so only that rule fails. */
const breaking = (change: (c: string) => string) => {
  const first17 = change(curp).slice(0, 17);
  return `${first17}${curpCheckDigit(first17)}`;
};

const errorsOf = (values: ApplicantFormValues) => {
  const result = validateApplicantForm(values);
  return result.ok ? {} : result.errors;
};

describe('toCreateBody', () => {
  it('sends empty optional fields as null', () => {
    expect(toCreateBody({ ...valid, secondSurname: ' ', phone: '', email: '' })).toMatchObject({
      secondSurname: null,
      phone: null,
      email: null,
    });
  });

  it('sends a person without a CURP as curp null with the reason', () => {
    expect(
      toCreateBody({ ...valid, curp: 'ignored', noCurp: true, noCurpReason: 'foreign_national' }),
    ).toMatchObject({ curp: null, noCurpReason: 'foreign_national' });
    expect(toCreateBody(valid)).toMatchObject({ curp, noCurpReason: null });
  });
});

describe('messageLanguage', () => {
  it("is the operator's choice, else the call's language, else Spanish", () => {
    expect(messageLanguage('', 'en')).toBe('en');
    expect(messageLanguage('es', 'en')).toBe('es');
    expect(messageLanguage('en', null)).toBe('en');
    expect(messageLanguage('', null)).toBe('es');
    expect(messageLanguage('', undefined)).toBe('es');
  });

  it('is sent as the body’s language, which the schema keeps', () => {
    const checked = validateApplicantForm({ ...valid, language: 'en' });
    expect(checked.ok && checked.body.language).toBe('en');
    expect(toCreateBody(valid).language).toBe('es');
  });
});

describe('phoneToSend', () => {
  it('sends one number in E.164, +52 for a Mexican number typed without it, and the chosen country for ten digits valid in both', () => {
    expect(phoneToSend('(602) 555-0143', '')).toBe('+16025550143');
    expect(phoneToSend('52 1 55 1234 5678', '')).toBe('+525512345678');
    expect(phoneToSend('81 1234 5678', '')).toBe('+528112345678');
    expect(phoneToSend('55 1234 5678', 'nanp')).toBe('+15512345678');
    expect(phoneToSend('55 1234 5678', 'mexico')).toBe('+525512345678');
    // Not chosen yet, or not a number: as typed, for the schema to judge.
    expect(phoneToSend('55 1234 5678', '')).toBe('55 1234 5678');
    expect(phoneToSend(' 555-0143 ', '')).toBe('555-0143');
    expect(phoneToSend('  ', '')).toBeNull();
  });
});

describe('validateApplicantForm', () => {
  it('accepts a complete applicant and returns the body to send (CURP in capitals, phone in E.164)', () => {
    const result = validateApplicantForm({ ...valid, curp: curp.toLowerCase(), phone: '(602) 555-0143' });
    expect(result).toMatchObject({ ok: true, body: { curp, givenNames: 'Xóchitl', phone: '+16025550143' } });
  });

  it('names a CURP with a wrong check digit', () => {
    const wrong = curp.slice(0, 17) + String((Number(curp[17]) + 1) % 10);
    expect(errorsOf({ ...valid, curp: wrong })).toEqual({ curp: 'caller.error.curp' });
  });

  it("says which of RENAPO's rules a CURP breaks", () => {
    expect(errorsOf({ ...valid, curp: breaking((c) => `${c.charAt(0)}B${c.slice(2)}`) })).toEqual({
      curp: 'caller.error.curp.secondLetter',
    });
    expect(errorsOf({ ...valid, curp: breaking((c) => `PUTO${c.slice(4)}`) })).toEqual({
      curp: 'caller.error.curp.inconvenientWord',
    });
    expect(errorsOf({ ...valid, curp: breaking((c) => `${c.slice(0, 11)}ZZ${c.slice(13)}`) })).toEqual({
      curp: 'caller.error.curp.state',
    });
    expect(errorsOf({ ...valid, curp: breaking((c) => `${c.slice(0, 13)}E${c.slice(14)}`) })).toEqual({
      curp: 'caller.error.curp.consonants',
    });
    expect(errorsOf({ ...valid, curp: breaking((c) => `${c.slice(0, 10)}F${c.slice(11)}`) })).toEqual({
      curp: 'caller.error.curp.sex',
    });
    expect(errorsOf({ ...valid, curp: 'HEGG5604' })).toEqual({ curp: 'caller.error.curp.layout' });
    expect(errorsOf({ ...valid, curp: '' })).toEqual({ curp: 'caller.error.curp.required' });
  });

  it('tells a missing name from one with digits', () => {
    expect(errorsOf({ ...valid, givenNames: '', firstSurname: 'R2D2' })).toEqual({
      givenNames: 'caller.error.name.required',
      firstSurname: 'caller.error.name.letters',
    });
  });

  it('says when the birth date does not match the CURP, or its century, or is missing', () => {
    expect(errorsOf({ ...valid, birthDate: '1990-06-29' })).toEqual({
      birthDate: 'caller.error.birthDate.curpMismatch',
    });
    expect(errorsOf({ ...valid, curp: breaking((c) => `${c.slice(0, 16)}A`) })).toEqual({
      birthDate: 'caller.error.birthDate.curpCentury',
    });
    expect(errorsOf({ ...valid, birthDate: '' })).toEqual({ birthDate: 'caller.error.birthDate.format' });
  });

  it('sends the birth date typed day first, with or without separators, as the API date', () => {
    for (const birthDate of ['30/06/1990', '30061990', '30-06-1990'])
      expect(validateApplicantForm({ ...valid, birthDate }, '2026-03-15')).toMatchObject({
        ok: true,
        body: { birthDate: '1990-06-30' },
      });
  });

  it('says what is wrong with a typed birth date: unfinished, impossible, future, too old', () => {
    const noCurp = { ...valid, curp: '', noCurp: true, noCurpReason: 'foreign_national' } as const;
    const errorOn = (birthDate: string) => {
      const result = validateApplicantForm({ ...noCurp, birthDate }, '2026-03-15');
      return result.ok ? null : result.errors.birthDate;
    };
    expect(errorOn('3006199')).toBe('caller.error.birthDate.format');
    expect(errorOn('30/06/90')).toBe('caller.error.birthDate.format');
    expect(errorOn('31/06/1990')).toBe('caller.error.birthDate.impossible');
    expect(errorOn('16/03/2026')).toBe('caller.error.birthDate.future');
    expect(errorOn('01/01/1900')).toBe('caller.error.birthDate.tooOld');
    expect(errorOn('15/03/2026')).toBeNull();
  });

  it('takes a person without a CURP once the reason is chosen, and asks for it otherwise', () => {
    const noCurp = { ...valid, curp: '', noCurp: true };
    expect(errorsOf(noCurp)).toEqual({ noCurpReason: 'caller.error.noCurpReason' });
    expect(validateApplicantForm({ ...noCurp, noCurpReason: 'not_yet_registered' })).toMatchObject({
      ok: true,
      body: { curp: null, noCurpReason: 'not_yet_registered' },
    });
  });

  it('asks which country ten digits valid in both belong to, and takes a Mexican number typed without +52', () => {
    expect(errorsOf({ ...valid, phone: '55 1234 5678' })).toEqual({
      phone: 'caller.error.phone.chooseCountry',
    });
    expect(validateApplicantForm({ ...valid, phone: '55 1234 5678', phoneCountry: 'mexico' })).toMatchObject({
      ok: true,
      body: { phone: '+525512345678' },
    });
    expect(validateApplicantForm({ ...valid, phone: '81 1234 5678' })).toMatchObject({
      ok: true,
      body: { phone: '+528112345678' },
    });
  });

  it('checks phone and e-mail only when given', () => {
    expect(errorsOf({ ...valid, phone: '555-0143', email: 'nobody@' })).toEqual({
      phone: 'caller.error.phone',
      email: 'caller.error.email',
    });
    expect(errorsOf({ ...valid, phone: '111 234 5678' })).toEqual({ phone: 'caller.error.phone.notNanp' });
  });
});
