import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../shared/api/reference/procedures';
import { ineligibleProcedures } from './eligibility-marks';

const procedure = (
  id: string,
  bookingGroup: string,
  minAge: number | null,
  maxAge: number | null,
  noCurpReasons: Procedure['eligibility']['noCurpReasons'] = [],
): Procedure => ({
  id,
  name: { es: id, en: id },
  durationMinutes: 15,
  requirements: [],
  fees: [],
  requiresProcedureId: null,
  eligibility: { minAge, maxAge, noCurpReasons },
  bookingGroup,
});

const PROCEDURES = [
  procedure('passport-first', 'passport', 18, null),
  procedure('passport-renewal', 'passport', 18, null),
  procedure('passport-minor', 'passport', null, 17),
  procedure('matricula', 'matricula', 18, null),
  procedure('birth-registration-review', 'birth-registration-review', null, null, ['not_yet_registered']),
  procedure('visa', 'visa', null, null, ['foreign_national']),
];

describe('ineligibleProcedures', () => {
  it('marks the adult procedures for someone 17 on the date, with the minor passport instead, and nothing the day they turn 18 but the minor passport', () => {
    const teen = { birthDate: '2009-03-04', curp: 'XXXX090304HJCXXX09', noCurpReason: null };
    const before = ineligibleProcedures(teen, PROCEDURES, '2027-03-03');
    expect([...before.keys()]).toEqual(['passport-first', 'passport-renewal', 'matricula']);
    expect(before.get('passport-first')).toMatchObject({
      reason: 'too_young',
      age: 17,
      suggestedProcedureId: 'passport-minor',
    });
    expect(before.get('matricula')).toMatchObject({ suggestedProcedureId: null });
    const birthday = ineligibleProcedures(teen, PROCEDURES, '2027-03-04');
    expect([...birthday.keys()]).toEqual(['passport-minor']);
    expect(birthday.get('passport-minor')).toMatchObject({
      reason: 'too_old',
      suggestedProcedureId: 'passport-first',
    });
  });

  it('marks everything but the visa for a foreign national without a CURP', () => {
    const visitor = { birthDate: '1990-01-01', curp: null, noCurpReason: 'foreign_national' as const };
    const marks = ineligibleProcedures(visitor, PROCEDURES, '2027-01-05');
    expect(PROCEDURES.filter((p) => !marks.has(p.id)).map((p) => p.id)).toEqual(['visa']);
    expect(marks.get('passport-first')).toMatchObject({ reason: 'needs_curp', suggestedProcedureId: 'visa' });
  });

  it('marks nothing before a caller is chosen', () => {
    expect(ineligibleProcedures(null, PROCEDURES, '2027-01-05').size).toBe(0);
  });
});
