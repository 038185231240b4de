import type { z } from 'zod';
import { CreateApplicantBody } from '../../../../shared/api/applicants';
import type { MessageId } from '../../i18n/catalog';

/** The register form as typed: every field a string, optional ones may stay empty. */
export type ApplicantFormValues = {
  curp: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  birthDate: string;
  phone: string;
  email: string;
};
export type ApplicantField = keyof ApplicantFormValues;

/** In the order of the form: the first one with an error gets the focus. */
export const applicantFields: readonly ApplicantField[] = ['curp', 'givenNames', 'firstSurname', 'secondSurname', 'birthDate', 'phone', 'email'];

export const emptyApplicantForm: ApplicantFormValues = { curp: '', givenNames: '', firstSurname: '', secondSurname: '', birthDate: '', phone: '', email: '' };

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** What the API receives: empty optional fields are left out (null), not sent as "". */
export const toCreateBody = (v: ApplicantFormValues) => ({
  curp: v.curp,
  givenNames: v.givenNames,
  firstSurname: v.firstSurname,
  secondSurname: orNull(v.secondSurname),
  birthDate: v.birthDate,
  phone: orNull(v.phone),
  email: orNull(v.email),
});

/**
 * The shared schema's issues as the operator's texts, by field and kind of problem (its own
 * messages are English, for API clients).
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Partial<Record<ApplicantField, MessageId>> {
  const errors: Partial<Record<ApplicantField, MessageId>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(applicantFields as readonly string[]).includes(field)) continue;
    errors[field as ApplicantField] ??= messageFor(field as ApplicantField, issue);
  }
  return errors;
}

function messageFor(field: ApplicantField, issue: z.core.$ZodIssue): MessageId {
  switch (field) {
    case 'curp':
      return 'caller.error.curp';
    case 'givenNames':
    case 'firstSurname':
    case 'secondSurname':
      if (issue.code === 'too_small') return 'caller.error.name.required';
      if (issue.code === 'too_big') return 'caller.error.name.tooLong';
      return 'caller.error.name.letters';
    case 'birthDate':
      if (issue.code === 'custom' && /match/i.test(issue.message)) return 'caller.error.birthDate.curpMismatch';
      if (issue.code === 'custom' && /future/i.test(issue.message)) return 'caller.error.birthDate.future';
      return 'caller.error.birthDate.invalid';
    case 'phone':
      return 'caller.error.phone';
    case 'email':
      return 'caller.error.email';
  }
}

/** Checks the form with the very schema the server applies; the body to send, or the field errors. */
export function validateApplicantForm(values: ApplicantFormValues): { ok: true; body: CreateApplicantBody } | { ok: false; errors: Partial<Record<ApplicantField, MessageId>> } {
  const parsed = CreateApplicantBody.safeParse(toCreateBody(values));
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors = fieldErrorsOf(parsed.error.issues);
  // An issue the form does not show by field still blocks sending.
  return { ok: false, errors: Object.keys(errors).length ? errors : { curp: 'caller.error.invalid' } };
}
