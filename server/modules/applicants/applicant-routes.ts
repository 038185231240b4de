import {
  Applicant,
  ApplicantSearchQuery,
  ApplicantSearchResult,
  CreateApplicantBody,
} from '../../../shared/api/applicants';
import type { ApplicantService } from './applicant-service';
import { allRoles, defineRoute } from '../../platform/http/route-definition';

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
];
