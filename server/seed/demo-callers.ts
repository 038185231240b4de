import { generateApplicants } from './generators/applicant-generator';

/** The seed of the demo's live applicants (the demo seed writes them from it). */
export const LIVE_APPLICANT_SEED = 20_260_301;

/**
 * Phone numbers of the first `count` demo applicants, as the demo seed writes them (the generator
 * gives the same first applicants whatever the run's length): the call simulator's callers who
 * are on file, so the operator's screen pop finds them.
 */
export function demoCallerNumbers(count: number): string[] {
  const numbers = new Set<string>();
  for (const applicant of generateApplicants({ count, seed: LIVE_APPLICANT_SEED }))
    if (applicant.phone) numbers.add(applicant.phone);
  return [...numbers];
}
