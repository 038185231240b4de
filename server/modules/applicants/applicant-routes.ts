import {
  Applicant,
  ApplicantParams,
  ApplicantReadList,
  ApplicantReadsQuery,
  ApplicantSearchQuery,
  ApplicantSearchResult,
  CreateApplicantBody,
} from '../../../shared/api/applicants';
import type { ApplicantService } from './applicant-service';
import { allRoles, defineRoute } from '../../platform/http/route-definition';
import type { Role } from '../../../shared/api/auth';

/** Who may list who looked at a person: leads and administrators. */
const readAuditRoles: readonly Role[] = ['lead', 'admin'];

export const applicantRoutes = (applicants: ApplicantService) => [
  defineRoute({
    method: 'GET',
    url: '/api/applicants',
    summary:
      'Finds applicants by CURP, phone number (a whole number in any spelling first, then any 7 or more digits matching the end of a stored number), or names in any order (accents, spellings heard alike and one typo forgiven; a birth date typed with them narrows them). `more` says more applicants match than the `limit` answered.',
    tags: ['applicants'],
    access: allRoles,
    query: ApplicantSearchQuery,
    responses: { 200: ApplicantSearchResult },
    handler: async ({ actor, query }) => ({
      status: 200,
      body: await applicants.search(actor, query.q, query.limit),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/applicants',
    summary:
      "Registers an applicant: with a CURP checked by RENAPO's rules (check digit, inner vowel, inconvenient words, state, consonants) and against the birth date, or with curp null and a noCurpReason; the phone is stored in E.164 (10 digits without a country code are +1).",
    tags: ['applicants'],
    access: allRoles,
    body: CreateApplicantBody,
    responses: { 201: Applicant, 400: null, 409: null },
    handler: async ({ actor, body }) => ({ status: 201, body: await applicants.register(actor, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applicants/:id',
    summary:
      "One applicant's record. Recorded as a read of that person with who, when (UTC) and the reader's current call, as every search hit and screen pop is (GET /api/applicants/:id/reads lists them); 404 for an applicant the caller cannot see (practice sees only fictional people).",
    tags: ['applicants'],
    access: allRoles,
    params: ApplicantParams,
    responses: { 200: Applicant, 404: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await applicants.read(actor, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/applicants/:id/reads',
    summary:
      "Who looked at this applicant, newest first: each search that listed them, their record read, each screen pop on a call and each listing like this one, with the user, their role, the instant, the call the server knew them to be on, and whether in practice. Leads and administrators only; the listing is itself recorded. `before` (the last entry's id) pages on; `more` when older entries follow.",
    tags: ['applicants'],
    access: readAuditRoles,
    params: ApplicantParams,
    query: ApplicantReadsQuery,
    responses: { 200: ApplicantReadList, 400: null, 403: null, 404: null },
    handler: async ({ actor, params, query }) => ({
      status: 200,
      body: await applicants.listReads(actor, params.id, query),
    }),
  }),
];
