import { describe, expect, it } from 'vitest';
import { buildCurp } from '../../../../shared/domain/curp/curp-builder';
import { emptyApplicantForm, toCreateBody, validateApplicantForm, type ApplicantFormValues } from './applicant-form';

const person = { givenNames: 'Xóchitl', firstSurname: 'Hernández', secondSurname: 'Zaldívar', birthDate: '1990-06-30' };
const curp = buildCurp({ ...person, sex: 'M', state: 'JC' });
const valid: ApplicantFormValues = { ...emptyApplicantForm, ...person, curp };

const errorsOf = (values: ApplicantFormValues) => {
  const result = validateApplicantForm(values);
  return result.ok ? {} : result.errors;
};

describe('toCreateBody', () => {
  it('sends empty optional fields as null', () => {
    expect(toCreateBody({ ...valid, secondSurname: ' ', phone: '', email: '' })).toMatchObject({ secondSurname: null, phone: null, email: null });
  });
});

describe('validateApplicantForm', () => {
  it('accepts a complete applicant and returns the body to send (CURP in capitals)', () => {
    const result = validateApplicantForm({ ...valid, curp: curp.toLowerCase(), phone: '(602) 555-0143' });
    expect(result).toMatchObject({ ok: true, body: { curp, givenNames: 'Xóchitl', phone: '(602) 555-0143' } });
  });

  it('names a CURP with a wrong check digit', () => {
    const wrong = curp.slice(0, 17) + String((Number(curp[17]) + 1) % 10);
    expect(errorsOf({ ...valid, curp: wrong })).toEqual({ curp: 'caller.error.curp' });
  });

  it('tells a missing name from one with digits', () => {
    expect(errorsOf({ ...valid, givenNames: '', firstSurname: 'R2D2' })).toEqual({ givenNames: 'caller.error.name.required', firstSurname: 'caller.error.name.letters' });
  });

  it('says when the birth date does not match the CURP, or is missing', () => {
    expect(errorsOf({ ...valid, birthDate: '1990-06-29' })).toEqual({ birthDate: 'caller.error.birthDate.curpMismatch' });
    expect(errorsOf({ ...valid, birthDate: '' })).toEqual({ birthDate: 'caller.error.birthDate.invalid' });
  });

  it('checks phone and e-mail only when given', () => {
    expect(errorsOf({ ...valid, phone: '+52 55 1234 5678', email: 'nobody@' })).toEqual({ phone: 'caller.error.phone', email: 'caller.error.email' });
  });
});
