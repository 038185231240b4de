import { describe, expect, it } from 'vitest';
import { CallerNumber } from '../../shared/api/routing';
import { demoCallerNumbers, LIVE_APPLICANT_SEED } from './demo-callers';
import { generateApplicants } from './generators/applicant-generator';

describe('the demo’s callers on file', () => {
  it('are the phones of the first demo applicants, numbers the telephony intake accepts', () => {
    const numbers = demoCallerNumbers(400);
    const applicants = [...generateApplicants({ count: 400, seed: LIVE_APPLICANT_SEED })];
    expect(numbers).toEqual([...new Set(applicants.flatMap((a) => (a.phone ? [a.phone] : [])))]);
    expect(numbers.length).toBeGreaterThan(300);
    for (const n of numbers) expect(CallerNumber.parse(n)).toBe(n);
  });
});
