import type { z } from 'zod';
import {
  CreateApplicantBody,
  type ApplicantLanguage,
  type NoCurpReason,
} from '../../../../shared/api/applicants';
import type { CurpProblem } from '../../../../shared/domain/curp/curp';
import { readPhone, type PhoneReading } from '../../../../shared/domain/phone/phone';
import type { MessageId } from '../../i18n/catalog';
import { localToday } from '../../lib/age';
import { readBirthDate, type BirthDateReading } from './birth-date-text';

/** Which country ten digits valid in both belong to, as the operator answered. */
export type PhoneCountryChoice = '' | 'nanp' | 'mexico';

/** The register form as typed: every field a string, optional ones may stay empty. */
export type ApplicantFormValues = {
  curp: string;
  /** The person has no CURP ("Sin CURP"), and why. */
  noCurp: boolean;
  noCurpReason: '' | NoCurpReason;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  /** As typed: DD/MM/AAAA, with or without separators (see birth-date-text.ts). */
  birthDate: string;
  phone: string;
  phoneCountry: PhoneCountryChoice;
  email: string;
  /** What the applicant's messages are written in, as the operator chose it ('' = not chosen: see `messageLanguage`). */
  language: '' | ApplicantLanguage;
};
/** The fields an error can be shown at. */
export type ApplicantField =
  'curp' | 'noCurpReason' | 'givenNames' | 'firstSurname' | 'secondSurname' | 'birthDate' | 'phone' | 'email';

/** In the order of the form: the first one with an error gets the focus. */
export const applicantFields: readonly ApplicantField[] = [
  'curp',
  'noCurpReason',
  'givenNames',
  'firstSurname',
  'secondSurname',
  'birthDate',
  'phone',
  'email',
];

export const emptyApplicantForm: ApplicantFormValues = {
  curp: '',
  noCurp: false,
  noCurpReason: '',
  givenNames: '',
  firstSurname: '',
  secondSurname: '',
  birthDate: '',
  phone: '',
  phoneCountry: '',
  email: '',
  language: '',
};

/**
 * The language the applicant is told in: what the operator chose, else the language of the call on
 * the line (a caller who rang the English line gets English messages), else Spanish.
 */
export const messageLanguage = (
  chosen: ApplicantFormValues['language'],
  callLanguage: ApplicantLanguage | null | undefined,
): ApplicantLanguage => (chosen !== '' ? chosen : (callLanguage ?? 'es'));

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The number to send: E.164 when the text is one number, the country the operator chose for ten
 * digits valid in both, +52 for ten digits that are only a Mexican number; else the text as typed
 * (the schema then says what is wrong with it).
 */
export function phoneToSend(phone: string, country: PhoneCountryChoice): string | null {
  const text = orNull(phone);
  if (text === null) return null;
  const reading = readPhone(text);
  if (reading.kind === 'number') return reading.e164;
  if (reading.kind === 'mexican') return reading.mexico;
  if (reading.kind === 'either' && country !== '') return country === 'nanp' ? reading.nanp : reading.mexico;
  return text;
}

/** What the typed phone is, for the form's question or hint. */
export const phoneReadingOf = (phone: string): PhoneReading => readPhone(phone);

/** The typed birth date as the API's `YYYY-MM-DD`, or the text as typed when it is no date. */
function birthDateToSend(text: string, today: string): string {
  const reading = readBirthDate(text, today);
  return reading.kind === 'date' ? reading.iso : text;
}

const BIRTH_DATE_MESSAGES: Record<Exclude<BirthDateReading['kind'], 'date'>, MessageId> = {
  empty: 'caller.error.birthDate.format',
  incomplete: 'caller.error.birthDate.format',
  impossible: 'caller.error.birthDate.impossible',
  future: 'caller.error.birthDate.future',
  tooOld: 'caller.error.birthDate.tooOld',
};

/** Why the typed birth date is no birth date, or null when it is one. */
export function birthDateError(text: string, today: string = localToday()): MessageId | null {
  const reading = readBirthDate(text, today);
  return reading.kind === 'date' ? null : BIRTH_DATE_MESSAGES[reading.kind];
}

/** What the API receives: empty optional fields are left out (null), not sent as "". */
export const toCreateBody = (v: ApplicantFormValues, today: string = localToday()) => ({
  curp: v.noCurp ? null : orNull(v.curp),
  noCurpReason: v.noCurp && v.noCurpReason !== '' ? v.noCurpReason : null,
  givenNames: v.givenNames,
  firstSurname: v.firstSurname,
  secondSurname: orNull(v.secondSurname),
  birthDate: birthDateToSend(v.birthDate, today),
  phone: phoneToSend(v.phone, v.phoneCountry),
  email: orNull(v.email),
  language: messageLanguage(v.language, null),
});

const CURP_MESSAGES: Record<CurpProblem, MessageId> = {
  layout: 'caller.error.curp.layout',
  second_letter: 'caller.error.curp.secondLetter',
  inconvenient_word: 'caller.error.curp.inconvenientWord',
  birth_date: 'caller.error.curp.birthDate',
  sex: 'caller.error.curp.sex',
  state: 'caller.error.curp.state',
  consonants: 'caller.error.curp.consonants',
  check_digit: 'caller.error.curp',
};

/**
 * The shared schema's issues as the operator's texts, by field and kind of problem (its own
 * messages are English, for API clients).
 */
export function fieldErrorsOf(
  issues: readonly z.core.$ZodIssue[],
): Partial<Record<ApplicantField, MessageId>> {
  const errors: Partial<Record<ApplicantField, MessageId>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(applicantFields as readonly string[]).includes(field)) continue;
    errors[field as ApplicantField] ??= messageFor(field as ApplicantField, issue);
  }
  return errors;
}

const paramOf = (issue: z.core.$ZodIssue, name: string): unknown =>
  issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined)?.[name] : undefined;

function messageFor(field: ApplicantField, issue: z.core.$ZodIssue): MessageId {
  switch (field) {
    case 'curp': {
      const problem = paramOf(issue, 'curpProblem') as CurpProblem | undefined;
      if (problem) return CURP_MESSAGES[problem];
      return /required/i.test(issue.message) ? 'caller.error.curp.required' : 'caller.error.curp';
    }
    case 'noCurpReason':
      return 'caller.error.noCurpReason';
    case 'givenNames':
    case 'firstSurname':
    case 'secondSurname':
      if (issue.code === 'too_small') return 'caller.error.name.required';
      if (issue.code === 'too_big') return 'caller.error.name.tooLong';
      return 'caller.error.name.letters';
    case 'birthDate':
      if (issue.code === 'custom' && /17th character/.test(issue.message))
        return 'caller.error.birthDate.curpCentury';
      if (issue.code === 'custom' && /match/i.test(issue.message))
        return 'caller.error.birthDate.curpMismatch';
      if (issue.code === 'custom' && /future/i.test(issue.message)) return 'caller.error.birthDate.future';
      return 'caller.error.birthDate.invalid';
    case 'phone':
      return paramOf(issue, 'phoneReading') === 'not_nanp'
        ? 'caller.error.phone.notNanp'
        : 'caller.error.phone';
    case 'email':
      return 'caller.error.email';
  }
}

/** Checks the form with the very schema the server applies; the body to send, or the field errors. */
export function validateApplicantForm(
  values: ApplicantFormValues,
  today: string = localToday(),
):
  | { ok: true; body: CreateApplicantBody }
  | { ok: false; errors: Partial<Record<ApplicantField, MessageId>> } {
  const parsed = CreateApplicantBody.safeParse(toCreateBody(values, today));
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  // The typed text says first what is wrong with it (the schema sees only what could be read).
  const birthDate = birthDateError(values.birthDate, today);
  if (birthDate) errors.birthDate = birthDate;
  // Without a reason the schema only sees "no CURP": the form asks for the reason itself.
  if (values.noCurp && values.noCurpReason === '') {
    errors.noCurpReason = 'caller.error.noCurpReason';
    delete errors.curp;
  }
  // Ten digits valid in the US/Canada and in Mexico: the operator asks the caller which.
  if (!errors.phone && phoneReadingOf(values.phone).kind === 'either' && values.phoneCountry === '')
    errors.phone = 'caller.error.phone.chooseCountry';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, body: parsed.data };
  // An issue the form does not show by field still blocks sending.
  return { ok: false, errors: Object.keys(errors).length ? errors : { curp: 'caller.error.invalid' } };
}
