import type { Applicant } from '../../../shared/api/applicants';

/** Given names and both surnames, as the caller says them (a missing second surname left out). */
export const fullName = (a: Pick<Applicant, 'givenNames' | 'firstSurname' | 'secondSurname'>): string =>
  [a.givenNames, a.firstSurname, a.secondSurname].filter(Boolean).join(' ');
