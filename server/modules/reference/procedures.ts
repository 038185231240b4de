/**
 * The consular procedures that can be booked through #MiConsulado (all in person, by appointment).
 *
 * Every requirement line names its `source` (SOURCES below, looked up 2026-12-05; the minor's and
 * the adults' passports were checked line by line against SRE's own pages). Lines without an SRE
 * page of their own follow the project's reference notes (shared/reference/README.md), which
 * summarise the consulates' public pages. Durations are DEMO ASSUMPTIONS (typical window time per
 * applicant). Fees live in ./fees, with their effective dates.
 *
 * Left out for want of a source: a notary public as a place where an absent parent may sign form
 * OP-7 (the reference notes say so; none of SRE's pages found does: they name a Mexican consulate
 * or an SRE passport office), and a vaccination record as a young child's ID (SRE's page names a
 * doctor's or medical institution's certificate with photo and seal).
 */

import type { NoCurpReason } from '../../../shared/api/applicants';

export type BilingualText = { readonly es: string; readonly en: string };

/** A requirement the operator reads out, with where it comes from. */
export type RequirementLine = BilingualText & { readonly source: string };

/** Where the requirement lines come from. */
export const SOURCES = {
  /** Consulate in El Paso (SRE): "Pasaporte para menores de edad". */
  minorPassportElPaso: 'https://consulmex.sre.gob.mx/elpaso/index.php/pasaporte-menores-de-edad',
  /** Consulate in New York (SRE): "OP7 (Pasaporte para menores de edad)". */
  op7NewYork: 'https://consulmex.sre.gob.mx/nuevayork/index.php/espanol/servicios-consulares/formato-op7',
  /** Consulate in Chicago (SRE): documentation FAQ, form OP7 ("Considere los siguientes puntos"). */
  op7Chicago: 'https://consulmex.sre.gob.mx/chicago/index.php/preguntas/4-documentacion/doctos',
  /** Consulate in Denver (SRE): "¿Qué es la OP7 y qué pasa si uno de los padres no se encuentra en la ciudad?". */
  op7Denver: 'https://consulmex.sre.gob.mx/denver/index.php/documenta/op7-cartilla',
  /** SRE on gob.mx: "Trámite de pasaporte" (validity by age; 1, 3, 6 and 10 years at US consulates). */
  passportValidity: 'https://www.gob.mx/sre/acciones-y-programas/tramite-de-pasaporte-8014',
  /** Consulate in San Antonio (SRE): fees from 2024-01-01 (1-year passport only under 3; 50 % from 60). */
  feesSanAntonio: 'https://consulmex.sre.gob.mx/sanantonio/index.php/documentos-de-identidad/tarifas',
  /** Consulate in Yuma (SRE): "Trámites y requisitos" (first passport: ID whose data match the nationality proof). */
  passportYuma: 'https://consulmex.sre.gob.mx/yuma/index.php/documentos-de-identidad/tramites-y-requisitos',
  /** El Siglo de Coahuila, 2024, quoting SRE's portal: 50 % for people aged 60 or over and people with disabilities. */
  reducedFeeDisability:
    'https://elsiglocoahuila.mx/noticia/2024/informan-costos-para-tramitar-pasaporte.html',
  /** The project's reference notes. */
  reference: 'shared/reference/README.md',
} as const;

export type ProcedureRecord = {
  /** Stable slug, e.g. 'passport-first'. */
  readonly id: string;
  readonly name: BilingualText;
  /** Window time per applicant (demo assumption). */
  readonly durationMinutes: number;
  readonly requirements: readonly RequirementLine[];
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

const PHOTO_ID: RequirementLine = {
  es: 'Identificación oficial vigente con fotografía, en original.',
  en: 'Valid official photo ID, original.',
  source: SOURCES.reference,
};

const NATIONALITY_PROOF: RequirementLine = {
  es: 'Documento original que acredite la nacionalidad mexicana: acta de nacimiento, carta de naturalización, declaratoria de nacionalidad mexicana o certificado de nacionalidad mexicana.',
  en: 'Original proof of Mexican nationality: birth certificate, naturalization letter, declaration of Mexican nationality or certificate of Mexican nationality.',
  source: `${SOURCES.passportYuma}; ${SOURCES.reference}`,
};

const REDUCED_FEE_ADULT: RequirementLine = {
  es: 'Las personas de 60 años o más y las personas con discapacidad pagan el 50 % de los derechos del pasaporte (presentar el documento que lo acredite).',
  en: 'People aged 60 or over and people with disabilities pay 50% of the passport fee (bring the document that proves it).',
  source: `${SOURCES.feesSanAntonio} (60 años); ${SOURCES.reducedFeeDisability} (discapacidad); ${SOURCES.reference}`,
};

const ADULT_PASSPORT_FEE: RequirementLine = {
  es: 'Pago de derechos según la vigencia elegida: 3, 6 o 10 años.',
  en: 'Payment of the fee for the chosen validity: 3, 6 or 10 years.',
  source: SOURCES.passportValidity,
};

const ADDRESS_PROOF: RequirementLine = {
  es: 'Comprobante de domicilio a nombre del solicitante.',
  en: "Proof of address in the applicant's name.",
  source: SOURCES.reference,
};

const CHILD_BIRTH_CERTIFICATE: RequirementLine = {
  es: 'Acta de nacimiento de la persona a registrar en formato largo (long form), en original; apostillada si se expidió fuera de Estados Unidos.',
  en: "The child's long-form birth certificate, original; apostilled if it was issued outside the United States.",
  source: SOURCES.reference,
};

const PARENTS_DOCUMENTS: RequirementLine = {
  es: 'Identificación oficial con fotografía y documento que acredite la nacionalidad mexicana de la madre, del padre o de ambos.',
  en: "The parents' official photo IDs and proof of Mexican nationality of the mother, the father or both.",
  source: SOURCES.reference,
};

/**
 * The minor's passport, in the order the operator reads it out: who comes, the child's papers,
 * the parents' consent, then the fee. Each line as SRE's consulates publish it (see `source`).
 */
const MINOR_PASSPORT_REQUIREMENTS: readonly RequirementLine[] = [
  {
    es: 'La persona menor de edad debe acudir a la cita en persona, acompañada de ambos padres (o de quienes ejerzan la patria potestad o la tutela).',
    en: 'The child must attend the appointment in person, with both parents (or those who hold parental authority or guardianship).',
    source: SOURCES.minorPassportElPaso,
  },
  {
    es: 'Documento original que acredite la nacionalidad mexicana de la persona menor de edad (por ejemplo, su acta de nacimiento).',
    en: "Original proof of the child's Mexican nationality (for example, the birth certificate).",
    source: `${SOURCES.op7NewYork}; ${SOURCES.reference}`,
  },
  {
    es: 'Identificación de la persona menor, en original y con fotografía: certificado escolar de primaria, secundaria o bachillerato de autoridad escolar mexicana, con sello; credencial de estudiante junto con el «transcript» del distrito escolar con su nombre completo y fotografía, sellado o firmado por la escuela sobre la fotografía; constancia de estudios con fotografía y sello de la escuela; o una identificación oficial vigente de Estados Unidos, tarjeta de residente, tarjeta de cruce fronterizo (láser) o tarjeta SENTRI o Global Entry.',
    en: "The child's ID, original and with photo: a school certificate (primary, secondary or high school) from a Mexican school authority, with seal; a student ID together with the school district's transcript showing the child's full name and photo, stamped or signed by the school over the photo; a certificate of studies with photo and the school's seal; or a valid official US ID, green card, border crossing card (laser) or SENTRI or Global Entry card.",
    source: SOURCES.minorPassportElPaso,
  },
  // SRE's page names a doctor's or medical institution's certificate; a vaccination record, which
  // other (non-SRE) pages mention, is left out. "Under 7" as El Paso says (a news item quoting the
  // SRE office in La Piedad says "from birth up to 7", which agrees).
  {
    es: 'Menores de 7 años: en lugar de lo anterior, una constancia con fotografía y sello de una institución médica o del médico particular de quien la persona menor sea paciente.',
    en: 'Children under 7: instead of the above, a certificate with photo and seal from a medical institution or from the private doctor whose patient the child is.',
    source: SOURCES.minorPassportElPaso,
  },
  {
    es: 'Ambos padres (o quienes ejerzan la patria potestad o la tutela) con identificación oficial vigente con fotografía y firma, en original; los nombres deben coincidir exactamente, sin abreviaturas ni omisiones, con los del acta de nacimiento de la persona menor (padre o madre extranjeros: su pasaporte vigente).',
    en: "Both parents (or the legal guardians), each with a valid official ID with photo and signature, original; the names must match those on the child's birth certificate exactly, with no abbreviation or omission (a foreign parent: their valid passport).",
    source: SOURCES.op7NewYork,
  },
  {
    es: 'Consentimiento de ambos padres con su firma en el formato OP-7 (permiso para la expedición de pasaporte a personas menores de edad); lo llena el personal del consulado y los padres lo leen y firman.',
    en: 'Consent of both parents, who sign form OP-7 (consent to issue a passport to a minor); the consulate staff fill it in and the parents read and sign it.',
    source: `${SOURCES.minorPassportElPaso}; ${SOURCES.op7Denver}`,
  },
  // The reference notes (and non-SRE sites) add "or before a notary"; SRE's consulates (Chicago,
  // Denver, New York) name only a Mexican consulate or an SRE passport office, where the parent signs
  // before its staff, and none of them asks for witnesses: we follow SRE.
  {
    es: 'Si uno de los padres no puede acudir, firma antes el OP-7 a distancia: en el consulado de México más cercano a su domicilio si vive en el extranjero, o en la oficina de pasaportes de la SRE más cercana si está en México, indicando a qué consulado se envía y quién acompañará a la persona menor. Ese permiso vale 90 días naturales desde que se firma.',
    en: 'A parent who cannot attend signs form OP-7 beforehand, remotely: at the Mexican consulate nearest their home if they live abroad, or at the nearest SRE passport office if they are in Mexico, saying which consulate it goes to and who will accompany the child. That consent is valid for 90 calendar days from its signature.',
    source: `${SOURCES.op7Chicago}; ${SOURCES.op7Denver}; ${SOURCES.op7NewYork} (90 días naturales)`,
  },
  {
    es: 'Si uno de los padres falleció, el acta de defunción. Padres separados o divorciados firman ambos, salvo que un juez haya resuelto la pérdida de la patria potestad o autorizado a uno solo (presentar la resolución).',
    en: "If a parent has died, the death certificate. Separated or divorced parents both sign, unless a judge has ended one parent's parental authority or allowed one parent alone (bring the ruling).",
    source: `${SOURCES.op7Chicago}; ${SOURCES.op7Denver}`,
  },
  // gob.mx/sre (current) over an older El Paso page that said consulates issued 3 and 6 years only.
  {
    es: 'Pago de derechos según la vigencia: 1 o 3 años para menores de 3 años; 3 o 6 años de los 3 a los 17 años.',
    en: 'Payment of the fee for the validity: 1 or 3 years under age 3; 3 or 6 years from age 3 to 17.',
    source: `${SOURCES.passportValidity}; ${SOURCES.feesSanAntonio} (1 año solo para menores de 3)`,
  },
  {
    es: 'Las personas con discapacidad pagan el 50 % de los derechos del pasaporte (presentar el documento que lo acredite).',
    en: 'People with disabilities pay 50% of the passport fee (bring the document that proves it).',
    source: SOURCES.reducedFeeDisability,
  },
];

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
        source: SOURCES.passportYuma,
      },
      ADULT_PASSPORT_FEE,
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
      {
        es: 'Pasaporte mexicano anterior, en original.',
        en: 'The previous Mexican passport, original.',
        source: SOURCES.reference,
      },
      PHOTO_ID,
      {
        es: 'Si el pasaporte anterior se expidió en el extranjero antes del 1 de enero de 2006, también el acta de nacimiento en original.',
        en: 'If the previous passport was issued abroad before January 1, 2006, also the original birth certificate.',
        source: SOURCES.reference,
      },
      ADULT_PASSPORT_FEE,
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
    requirements: MINOR_PASSPORT_REQUIREMENTS,
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
      {
        es: 'Pago de derechos. La matrícula tiene una vigencia de 5 años.',
        en: 'Payment of the fee. The card is valid for 5 years.',
        source: `${SOURCES.feesSanAntonio}; ${SOURCES.reference}`,
      },
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
        source: SOURCES.reference,
      },
      { es: 'Trámite gratuito.', en: 'Free of charge.', source: SOURCES.feesSanAntonio },
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
        source: SOURCES.reference,
      },
      CHILD_BIRTH_CERTIFICATE,
      PARENTS_DOCUMENTS,
      {
        es: 'Dos testigos, cada uno con identificación oficial con fotografía.',
        en: 'Two witnesses, each with an official photo ID.',
        source: SOURCES.reference,
      },
      {
        es: 'Trámite gratuito. El acta se entrega en una visita posterior.',
        en: 'Free of charge. The record is handed over at a later visit.',
        source: `${SOURCES.feesSanAntonio}; ${SOURCES.reference}`,
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
        source: `${SOURCES.feesSanAntonio} (sin costo); ${SOURCES.reference}`,
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
        source: SOURCES.reference,
      },
      {
        es: 'Nombre completo y datos de la persona apoderada.',
        en: 'Full name and details of the attorney-in-fact.',
        source: SOURCES.reference,
      },
      {
        es: 'Proyecto del poder o descripción de su finalidad.',
        en: 'The draft of the power of attorney or a description of its purpose.',
        source: SOURCES.reference,
      },
      {
        es: 'Pago de derechos: tarifa para persona física o para persona moral (empresa).',
        en: 'Payment of the fee: individual rate or company rate.',
        source: SOURCES.reference,
      },
    ],
    requiresProcedureId: null,
    sortOrder: 80,
    bookingGroup: 'power-of-attorney',
    eligibility: ANYONE,
  },
  {
    id: 'civil-registry-copy',
    name: {
      es: 'Copia certificada de acta del registro civil',
      en: 'Certified copy of a civil-registry record',
    },
    durationMinutes: 15,
    requirements: [
      {
        es: 'Datos del acta que se solicita (nombre, fecha y lugar del registro).',
        en: 'Details of the requested record (name, date and place of registration).',
        source: SOURCES.reference,
      },
      PHOTO_ID,
      { es: 'Pago de derechos.', en: 'Payment of the fee.', source: SOURCES.reference },
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
      { es: 'Pasaporte vigente, en original.', en: 'Valid passport, original.', source: SOURCES.reference },
      {
        es: 'Solicitud de visa debidamente llenada.',
        en: 'Completed visa application.',
        source: SOURCES.reference,
      },
      {
        es: 'Documentos que acrediten las condiciones de la visa solicitada.',
        en: 'Documents proving the conditions of the visa requested.',
        source: SOURCES.reference,
      },
      {
        es: 'Pago de derechos de visa ordinaria.',
        en: 'Payment of the ordinary visa fee.',
        source: SOURCES.reference,
      },
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
