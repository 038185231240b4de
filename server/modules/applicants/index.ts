/** The applicants module's public entry: registration, search, and the records other modules read. */
export { createApplicantService, type ApplicantService } from './applicant-service';
export { applicantRoutes } from './applicant-routes';
export { createApplicantSearch } from './search/applicant-search';
export { loadNameVocabulary, type NameVocabulary } from './search/name-vocabulary';
export {
  findApplicantInSandboxes,
  findApplicantsByCurp,
  findApplicantsWithoutCurp,
  insertApplicants,
  presentApplicant,
  tokensOf,
  type NewApplicant,
} from './applicant-repository';
export { findApplicantsByPhone, MAX_CALLER_MATCHES } from './applicants-by-phone';
export { recordApplicantReads, recordScreenPop, type Reader } from './record-reads/record-applicant-reads';
