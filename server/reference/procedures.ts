/**
 * The consular procedures that can be booked through #MiConsulado (all in person, by appointment).
 *
 * Requirements follow the project's reference notes (shared/reference/README.md), which summarise
 * the consulates' public pages. Durations are DEMO ASSUMPTIONS (typical window time per applicant).
 * Fees live in ./fees, with their effective dates.
 */

import type { NoCurpReason } from '../../shared/api/applicants';

export type BilingualText = { readonly es: string; readonly en: string };

export type ProcedureRecord = {
  /** Stable slug, e.g. 'passport-first'. */
  readonly id: string;
  readonly name: BilingualText;
  /** Window time per applicant (demo assumption). */
  readonly durationMinutes: number;
  readonly requirements: readonly BilingualText[];
  /** Procedure that must be booked (and kept) before this one can be, or null. */
  readonly requiresProcedureId: string | null;
  /** Display order in menus. */
  readonly sortOrder: number;
  /** Procedures sharing a group may not be active together for one person (the passports). */
  readonly bookingGroup: string;
  /** Ages served on the appointment date, and who may book without a CURP. */
  readonly eligibility: {
    readonly minAge: number | null;
    readonly maxAge: number | null;
    readonly noCurpReasons: readonly NoCurpReason[];
  };
};

const ANYONE = { minAge: null, maxAge: null, noCurpReasons: [] } as const;
const ADULTS = { minAge: 18, maxAge: null, noCurpReasons: [] } as const;

const PHOTO_ID: BilingualText = {
  es: 'Identificación oficial vigente con fotografía, en original.',
  en: 'Valid official photo ID, original.',
};

const NATIONALITY_PROOF: BilingualText = {
  es: 'Documento original que acredite la nacionalidad mexicana: acta de nacimiento, carta de naturalización, declaratoria de nacionalidad mexicana o certificado de nacionalidad mexicana.',
  en: 'Original proof of Mexican nationality: birth certificate, naturalization letter, declaration of Mexican nationality or certificate of Mexican nationality.',
};

const REDUCED_FEE_ADULT: BilingualText = {
  es: 'Las personas de 60 años o más y las personas con discapacidad pagan el 50 % de los derechos del pasaporte (presentar el documento que lo acredite).',
  en: 'People aged 60 or over and people with disabilities pay 50% of the passport fee (bring the document that proves it).',
};

const ADDRESS_PROOF: BilingualText = {
  es: 'Comprobante de domicilio a nombre del solicitante.',
  en: "Proof of address in the applicant's name.",
};

const CHILD_BIRTH_CERTIFICATE: BilingualText = {
  es: 'Acta de nacimiento de la persona a registrar en formato largo (long form), en original; apostillada si se expidió fuera de Estados Unidos.',
  en: "The child's long-form birth certificate, original; apostilled if it was issued outside the United States.",
};

const PARENTS_DOCUMENTS: BilingualText = {
  es: 'Identificación oficial con fotografía y documento que acredite la nacionalidad mexicana de la madre, del padre o de ambos.',
  en: "The parents' official photo IDs and proof of Mexican nationality of the mother, the father or both.",
};

export const procedures: readonly ProcedureRecord[] = Object.freeze([
  {
    id: 'passport-first',
    name: { es: 'Pasaporte por primera vez (mayores de edad)', en: 'Passport, first time (adults)' },
    durationMinutes: 20,
    requirements: [
      NATIONALITY_PROOF,
      {
        es: 'Identificación oficial con fotografía, en original, cuyos nombres y apellidos coincidan con los del documento de nacionalidad.',
        en: 'Original official photo ID whose names match those on the proof of nationality.',
      },
      {
        es: 'Pago de derechos según la vigencia elegida: 3, 6 o 10 años.',
        en: 'Payment of the fee for the chosen validity: 3, 6 or 10 years.',
      },
      REDUCED_FEE_ADULT,
    ],
    requiresProcedureId: null,
    sortOrder: 10,
    bookingGroup: 'passport',
    eligibility: ADULTS,
  },
  {
    id: 'passport-renewal',
    name: { es: 'Renovación de pasaporte', en: 'Passport renewal' },
    durationMinutes: 15,
    requirements: [
      { es: 'Pasaporte mexicano anterior, en original.', en: 'The previous Mexican passport, original.' },
      PHOTO_ID,
      {
        es: 'Si el pasaporte anterior se expidió en el extranjero antes del 1 de enero de 2006, también el acta de nacimiento en original.',
        en: 'If the previous passport was issued abroad before January 1, 2006, also the original birth certificate.',
      },
      {
        es: 'Pago de derechos según la vigencia elegida: 3, 6 o 10 años.',
        en: 'Payment of the fee for the chosen validity: 3, 6 or 10 years.',
      },
      REDUCED_FEE_ADULT,
    ],
    requiresProcedureId: null,
    sortOrder: 20,
    bookingGroup: 'passport',
    eligibility: ADULTS,
  },
  {
    id: 'passport-minor',
    name: { es: 'Pasaporte para menores de edad', en: 'Passport for a minor' },
    durationMinutes: 30,
    requirements: [
      {
        es: 'Documento original que acredite la nacionalidad mexicana de la persona menor de edad (por ejemplo, su acta de nacimiento).',
        en: "Original proof of the child's Mexican nationality (for example, the birth certificate).",
      },
      {
        es: 'Presencia de ambos padres (o de quienes ejerzan la patria potestad o la tutela) con su identificación oficial con fotografía en original.',
        en: 'Both parents (or the legal guardians) present, each with an original official photo ID.',
      },
      {
        es: 'Formato OP-7 (permiso para la expedición de pasaporte a personas menores de edad) firmado por ambos padres o tutores.',
        en: 'Form OP-7 (consent to issue a passport to a minor) signed by both parents or guardians.',
      },
      {
        es: 'Si uno de los padres no puede asistir, puede firmar el OP-7 ante otro consulado o ante notario público; esa firma tiene una vigencia de 90 días.',
        en: 'A parent who cannot attend may sign form OP-7 before another consulate or a notary public; that signature is valid for 90 days.',
      },
      {
        es: 'Pago de derechos según la vigencia: 1 o 3 años para menores de 3 años; 3 o 6 años de los 3 a los 17 años.',
        en: 'Payment of the fee for the validity: 1 or 3 years under age 3; 3 or 6 years from age 3 to 17.',
      },
      {
        es: 'Las personas con discapacidad pagan el 50 % de los derechos del pasaporte (presentar el documento que lo acredite).',
        en: 'People with disabilities pay 50% of the passport fee (bring the document that proves it).',
      },
    ],
    requiresProcedureId: null,
    sortOrder: 30,
    bookingGroup: 'passport',
    eligibility: { minAge: null, maxAge: 17, noCurpReasons: [] },
  },
  {
    id: 'matricula',
    name: { es: 'Matrícula consular (MCAS)', en: 'Consular ID card (matrícula consular, MCAS)' },
    durationMinutes: 15,
    requirements: [
      NATIONALITY_PROOF,
      PHOTO_ID,
      ADDRESS_PROOF,
      { es: 'Pago de derechos. La matrícula tiene una vigencia de 5 años.', en: 'Payment of the fee. The card is valid for 5 years.' },
    ],
    requiresProcedureId: null,
    sortOrder: 40,
    bookingGroup: 'matricula',
    eligibility: ADULTS,
  },
  {
    id: 'birth-registration-review',
    name: {
      es: 'Registro de nacimiento (doble nacionalidad): revisión de documentos',
      en: 'Birth registration (dual nationality): document review',
    },
    durationMinutes: 20,
    requirements: [
      CHILD_BIRTH_CERTIFICATE,
      PARENTS_DOCUMENTS,
      {
        es: 'Esta primera cita es para revisar los documentos; la cita de registro solo puede agendarse después de esta revisión.',
        en: 'This first visit is the document review; the registration appointment may only be booked after it.',
      },
      { es: 'Trámite gratuito.', en: 'Free of charge.' },
    ],
    requiresProcedureId: null,
    sortOrder: 50,
    bookingGroup: 'birth-registration-review',
    eligibility: { minAge: null, maxAge: null, noCurpReasons: ['not_yet_registered'] },
  },
  {
    id: 'birth-registration',
    name: { es: 'Registro de nacimiento (doble nacionalidad)', en: 'Birth registration (dual nationality)' },
    durationMinutes: 30,
    requirements: [
      {
        es: 'Haber acudido a la cita de revisión de documentos: el registro solo se agenda después de esa revisión.',
        en: 'Having attended the document-review visit: the registration may only be booked after that review.',
      },
      CHILD_BIRTH_CERTIFICATE,
      PARENTS_DOCUMENTS,
      {
        es: 'Dos testigos, cada uno con identificación oficial con fotografía.',
        en: 'Two witnesses, each with an official photo ID.',
      },
      {
        es: 'Trámite gratuito. El acta se entrega en una visita posterior.',
        en: 'Free of charge. The record is handed over at a later visit.',
      },
    ],
    requiresProcedureId: 'birth-registration-review',
    sortOrder: 60,
    bookingGroup: 'birth-registration',
    eligibility: { minAge: null, maxAge: null, noCurpReasons: ['not_yet_registered'] },
  },
  {
    id: 'ine-credential',
    name: { es: 'Credencial para votar desde el extranjero (INE)', en: 'INE voter ID card from abroad' },
    durationMinutes: 20,
    requirements: [
      NATIONALITY_PROOF,
      PHOTO_ID,
      ADDRESS_PROOF,
      {
        es: 'Trámite gratuito. La credencial llega por correo en 3 a 5 semanas y hay que confirmar su recepción para activarla.',
        en: 'Free of charge. The card is mailed in 3 to 5 weeks and its receipt must be confirmed to activate it.',
      },
    ],
    requiresProcedureId: null,
    sortOrder: 70,
    bookingGroup: 'ine-credential',
    eligibility: ADULTS,
  },
  {
    id: 'power-of-attorney',
    name: { es: 'Poder notarial', en: 'Power of attorney (notarial act)' },
    durationMinutes: 30,
    requirements: [
      {
        es: 'Identificación oficial con fotografía de quien otorga el poder (poderdante), en original.',
        en: 'Original official photo ID of the grantor.',
      },
      {
        es: 'Nombre completo y datos de la persona apoderada.',
        en: 'Full name and details of the attorney-in-fact.',
      },
      {
        es: 'Proyecto del poder o descripción de su finalidad.',
        en: 'The draft of the power of attorney or a description of its purpose.',
      },
      {
        es: 'Pago de derechos: tarifa para persona física o para persona moral (empresa).',
        en: 'Payment of the fee: individual rate or company rate.',
      },
    ],
    requiresProcedureId: null,
    sortOrder: 80,
    bookingGroup: 'power-of-attorney',
    eligibility: ANYONE,
  },
  {
    id: 'civil-registry-copy',
    name: { es: 'Copia certificada de acta del registro civil', en: 'Certified copy of a civil-registry record' },
    durationMinutes: 15,
    requirements: [
      {
        es: 'Datos del acta que se solicita (nombre, fecha y lugar del registro).',
        en: 'Details of the requested record (name, date and place of registration).',
      },
      PHOTO_ID,
      { es: 'Pago de derechos.', en: 'Payment of the fee.' },
    ],
    requiresProcedureId: null,
    sortOrder: 90,
    bookingGroup: 'civil-registry-copy',
    eligibility: ANYONE,
  },
  {
    id: 'visa',
    name: { es: 'Visa para personas extranjeras', en: 'Visa for foreign nationals' },
    durationMinutes: 30,
    requirements: [
      { es: 'Pasaporte vigente, en original.', en: 'Valid passport, original.' },
      { es: 'Solicitud de visa debidamente llenada.', en: 'Completed visa application.' },
      {
        es: 'Documentos que acrediten las condiciones de la visa solicitada.',
        en: 'Documents proving the conditions of the visa requested.',
      },
      { es: 'Pago de derechos de visa ordinaria.', en: 'Payment of the ordinary visa fee.' },
    ],
    requiresProcedureId: null,
    sortOrder: 100,
    bookingGroup: 'visa',
    eligibility: { minAge: null, maxAge: null, noCurpReasons: ['foreign_national'] },
  },
] satisfies ProcedureRecord[]);

const BY_ID: ReadonlyMap<string, ProcedureRecord> = new Map(procedures.map((p) => [p.id, p]));

/** The procedure with this id, or undefined. */
export function procedureById(id: string): ProcedureRecord | undefined {
  return BY_ID.get(id);
}
