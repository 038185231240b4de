import { z } from 'zod';
import { Id, LocalDate, listOf } from './common';
import { isValidCurp, curpBirthDate } from '../domain/curp/curp';
import { normalizePhone } from '../domain/phone/phone';

/** Why a person has no CURP: a foreign national (visa only), a child whose Mexican registration is pending. */
export const NoCurpReason = z.enum(['foreign_national', 'not_yet_registered']);
export type NoCurpReason = z.infer<typeof NoCurpReason>;

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
});
export type Applicant = z.infer<typeof Applicant>;
export const ApplicantList = listOf(Applicant);

const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(80, `${label} is too long`)
    .regex(/^[\p{L}][\p{L}\p{M} .'-]*$/u, `${label} may contain only letters, spaces, apostrophes and hyphens`);

export const CreateApplicantBody = z
  .strictObject({
    curp: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine(isValidCurp, 'CURP is not valid (check its 18 characters and its check digit)'),
    givenNames: personName('given names'),
    firstSurname: personName('first surname'),
    secondSurname: personName('second surname').nullish(),
    birthDate: LocalDate,
    phone: z
      .string()
      .nullish()
      .refine((v) => v == null || normalizePhone(v) !== null, 'phone must be a US or Canadian number with 10 digits'),
    email: z.email('email is not valid').max(254).nullish(),
  })
  .superRefine((body, ctx) => {
    if (isValidCurp(body.curp) && curpBirthDate(body.curp) !== body.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth date does not match the CURP' });
    }
    if (body.birthDate > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth date is in the future' });
    }
  });
export type CreateApplicantBody = z.infer<typeof CreateApplicantBody>;

export const ApplicantSearchQuery = z.object({
  q: z.string().trim().min(2, 'type at least 2 characters to search').max(120, 'search text is too long'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ApplicantSearchQuery = z.infer<typeof ApplicantSearchQuery>;
