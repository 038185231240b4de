import { z } from 'zod';
import { Id, Instant, LocalDate, listOf } from './common';
import { Role } from './auth';
import { curpBirthDate, curpProblem, type CurpProblem } from '../domain/curp/curp';
import { withoutInconvenientWord } from '../domain/curp/inconvenient-words';
import { formatPhone, readPhone } from '../domain/phone/phone';

/** Why a person has no CURP: a foreign national (visa only), a child whose Mexican registration is pending. */
export const NoCurpReason = z.enum(['foreign_national', 'not_yet_registered']);
export type NoCurpReason = z.infer<typeof NoCurpReason>;

/** The language an applicant is told in (confirmations, reminders, notices): Spanish unless they ask for English. */
export const ApplicantLanguage = z.enum(['es', 'en']);
export type ApplicantLanguage = z.infer<typeof ApplicantLanguage>;

export const Applicant = z.object({
  id: Id,
  curp: z.string().nullable(),
  /** Null when a CURP is given. */
  noCurpReason: NoCurpReason.nullable(),
  givenNames: z.string(),
  firstSurname: z.string(),
  secondSurname: z.string().nullable(),
  birthDate: LocalDate,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** What the applicant's messages are written in ('es' when an older answer leaves it out). */
  language: ApplicantLanguage.default('es'),
});
export type Applicant = z.infer<typeof Applicant>;
export const ApplicantList = listOf(Applicant);
/**
 * An answer of `GET /api/applicants`: the best `limit` matches, best first, and whether more
 * applicants match than those (the console asks the operator to type more).
 */
export const ApplicantSearchResult = z.object({ items: z.array(Applicant), more: z.boolean() });
export type ApplicantSearchResult = z.infer<typeof ApplicantSearchResult>;

const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(80, `${label} is too long`)
    .regex(
      /^[\p{L}][\p{L}\p{M} .'-]*$/u,
      `${label} may contain only letters, spaces, apostrophes and hyphens`,
    );

export const CreateApplicantBody = z
  .strictObject({
    /** Null (or left out) for a person without a CURP, who then gives `noCurpReason`. */
    curp: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .nullish(),
    noCurpReason: NoCurpReason.nullish(),
    givenNames: personName('given names'),
    firstSurname: personName('first surname'),
    secondSurname: personName('second surname').nullish(),
    birthDate: LocalDate,
    phone: z.string().max(40, 'phone is too long').nullish(),
    email: z.email('email is not valid').max(254).nullish(),
    /** What the applicant is told in (e-mails, SMS): 'es' when left out. */
    language: z.enum(['es', 'en'], "language must be 'es' or 'en'").optional(),
  })
  .superRefine((body, ctx) => {
    const curp = body.curp ?? null;
    const reason = body.noCurpReason ?? null;
    if (curp === null && reason === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['curp'],
        message:
          'CURP is required; for a person without one, send curp: null with noCurpReason (foreign_national or not_yet_registered)',
      });
    }
    if (curp !== null && reason !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['noCurpReason'],
        message: 'a person with a CURP has no noCurpReason: send one or the other',
      });
    }
    if (curp !== null) {
      const problem = curpProblem(curp);
      if (problem !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['curp'],
          message: curpProblemMessage(curp, problem),
          params: { curpProblem: problem },
        });
      else {
        const mismatch = birthDateMismatch(curp, body.birthDate);
        if (mismatch) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: mismatch });
      }
    }
    if (body.birthDate > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth date is in the future' });
    }
    if (body.phone != null) {
      const message = phoneProblemMessage(body.phone);
      if (message)
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message,
          params: { phoneReading: readPhone(body.phone).kind },
        });
    }
  });
export type CreateApplicantBody = z.infer<typeof CreateApplicantBody>;

/** What is wrong with a CURP, for API clients (the console words it from `params.curpProblem`). */
function curpProblemMessage(curp: string, problem: CurpProblem): string {
  switch (problem) {
    case 'layout':
      return 'CURP is not valid: it has 18 characters (4 letters, 6 digits of the birth date, H/M/X, 2 letters of the state, 3 consonants, a letter or digit, a check digit)';
    case 'second_letter':
      return `CURP is not valid: its second letter (${curp.charAt(1)}) must be the first inner vowel of the first surname, or X`;
    case 'inconvenient_word':
      return `CURP is not valid: RENAPO never issues one starting with ${curp.slice(0, 4)}; it writes ${withoutInconvenientWord(curp.slice(0, 4))} instead`;
    case 'sex':
      return `CURP is not valid: its 11th character (${curp.charAt(10)}) must be H, M or X`;
    case 'state':
      return `CURP is not valid: ${curp.slice(11, 13)} (characters 12 and 13) is not a state code (NE for born abroad)`;
    case 'consonants':
      return `CURP is not valid: characters 14 to 16 (${curp.slice(13, 16)}) must be consonants of the names, or X`;
    case 'birth_date':
      return `CURP is not valid: characters 5 to 10 (${curp.slice(4, 10)}) are not a real birth date`;
    case 'check_digit':
      return 'CURP is not valid: its check digit (the last character) does not match the others; check each character';
  }
}

/** Why the birth date given does not fit the CURP, or null when it does. */
function birthDateMismatch(curp: string, birthDate: string): string | null {
  const encoded = curpBirthDate(curp);
  if (encoded === birthDate) return null;
  // Same YYMMDD, another century: the homonym character is what says the century.
  if (encoded !== null && encoded.slice(2) === birthDate.slice(2)) {
    return `birth date does not match the CURP: its 17th character (${curp.charAt(16)}) is a digit for births before 2000 and a letter from 2000`;
  }
  return 'birth date does not match the CURP';
}

/** Why a phone is refused, or null when the API takes it (ten digits valid in both countries are +1). */
export function phoneProblemMessage(phone: string): string | null {
  const reading = readPhone(phone);
  switch (reading.kind) {
    case 'number':
    case 'either':
      return null;
    case 'mexican':
      return `phone is not a US or Canadian number (10 digits without a country code are read as +1); if it is a Mexican number, add +52: ${formatPhone(reading.mexico)}`;
    case 'not_nanp':
      return 'phone is not a valid US or Canadian number (10 digits without a country code are read as +1); if it is a Mexican number, add +52';
    case 'invalid':
      return 'phone must be a number of the US or Canada (+1) or of Mexico (+52)';
  }
}

export const ApplicantSearchQuery = z.object({
  q: z.string().trim().min(2, 'type at least 2 characters to search').max(120, 'search text is too long'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ApplicantSearchQuery = z.infer<typeof ApplicantSearchQuery>;

/** `GET /api/applicants/:id` and the routes under it. */
export const ApplicantParams = z.strictObject({ id: Id });
export type ApplicantParams = z.infer<typeof ApplicantParams>;

/**
 * How a person's data reached a user: a search result listing them (the console shows each hit's
 * CURP, birth date and phone), their record read (`GET /api/applicants/:id`), a screen pop (the
 * caller's number matched them on an answered call), or a lead's or admin's listing of who looked.
 */
export const ApplicantReadKind = z.enum(['search', 'record', 'screen_pop', 'reads_listing']);
export type ApplicantReadKind = z.infer<typeof ApplicantReadKind>;

export const ApplicantRead = z.object({
  /** Names this entry for the next page (`before`). */
  id: z.string(),
  at: Instant,
  reader: z.object({ id: Id, name: z.string(), role: Role }),
  /** The call the server knew the reader to be on then; null outside a call. */
  callId: Id.nullable(),
  kind: ApplicantReadKind,
  /** Read while practising (a fictional person of the practice pool or sandbox). */
  practice: z.boolean(),
});
export type ApplicantRead = z.infer<typeof ApplicantRead>;

export const ApplicantReadsQuery = z.strictObject({
  /** Newest first; a page ends before this entry (the previous page's last `id`). */
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'before must be the id of an entry of the previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ApplicantReadsQuery = z.infer<typeof ApplicantReadsQuery>;

/** Who looked at a person, newest first; `more` when older entries follow the page. */
export const ApplicantReadList = z.object({ items: z.array(ApplicantRead), more: z.boolean() });
export type ApplicantReadList = z.infer<typeof ApplicantReadList>;
