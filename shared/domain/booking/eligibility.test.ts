import { describe, expect, it } from 'vitest';
import { zonedParts } from '../time/zoned-time';
import { ageOn, dateOfTurning } from './age';
import {
  describeIneligibility,
  ineligibilityOn,
  type PersonForEligibility,
  type ProcedureForEligibility,
} from './eligibility';

// The reference data's rules (server/modules/reference/procedures.ts), in menu order.
const ADULTS = { minAge: 18, maxAge: null, noCurpReasons: [] };
const ANYONE = { minAge: null, maxAge: null, noCurpReasons: [] };
const PENDING_REGISTRATION = { minAge: null, maxAge: null, noCurpReasons: ['not_yet_registered' as const] };
const PROCEDURES: ProcedureForEligibility[] = [
  { id: 'passport-first', bookingGroup: 'passport', eligibility: ADULTS },
  { id: 'passport-renewal', bookingGroup: 'passport', eligibility: ADULTS },
  {
    id: 'passport-minor',
    bookingGroup: 'passport',
    eligibility: { minAge: null, maxAge: 17, noCurpReasons: [] },
  },
  { id: 'matricula', bookingGroup: 'matricula', eligibility: ADULTS },
  {
    id: 'birth-registration-review',
    bookingGroup: 'birth-registration-review',
    eligibility: PENDING_REGISTRATION,
  },
  { id: 'birth-registration', bookingGroup: 'birth-registration', eligibility: PENDING_REGISTRATION },
  { id: 'ine-credential', bookingGroup: 'ine-credential', eligibility: ADULTS },
  { id: 'power-of-attorney', bookingGroup: 'power-of-attorney', eligibility: ANYONE },
  {
    id: 'visa',
    bookingGroup: 'visa',
    eligibility: { minAge: null, maxAge: null, noCurpReasons: ['foreign_national'] },
  },
];
const procedure = (id: string) => PROCEDURES.find((p) => p.id === id) as ProcedureForEligibility;

const withCurp = (birthDate: string): PersonForEligibility => ({
  birthDate,
  curp: 'XXXX000000XXXXXX00',
  noCurpReason: null,
});
const check = (person: PersonForEligibility, procedureId: string, onDate: string) =>
  ineligibilityOn(person, procedure(procedureId), onDate, PROCEDURES);

describe('age on the appointment date', () => {
  it('is a year more on the birthday itself, not the day before', () => {
    expect(ageOn('2009-03-03', '2027-03-02')).toBe(17);
    expect(ageOn('2009-03-03', '2027-03-03')).toBe(18);
    expect(ageOn('2009-12-31', '2027-01-01')).toBe(17);
  });

  it('reaches a 29 February birthday on 1 March in common years, on the 29th in leap years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
    expect(dateOfTurning('2008-02-29', 18)).toBe('2026-03-01');
    expect(dateOfTurning('2012-02-29', 16)).toBe('2028-02-29');
    expect(dateOfTurning('2009-03-03', 18)).toBe('2027-03-03');
  });
});

describe('ineligibilityOn: adult and minor passports', () => {
  it('lets a person book an adult passport on the day they turn 18', () => {
    expect(check(withCurp('2009-03-03'), 'passport-first', '2027-03-03')).toBeNull();
    expect(check(withCurp('2009-03-03'), 'passport-renewal', '2027-03-04')).toBeNull();
  });

  it('refuses it the day before, with the age on that day, the minor passport instead and the first allowed date', () => {
    const refusal = check(withCurp('2009-03-04'), 'passport-first', '2027-03-03');
    expect(refusal).toEqual({
      procedureId: 'passport-first',
      reason: 'too_young',
      age: 17,
      onDate: '2027-03-03',
      minAge: 18,
      eligibleFrom: '2027-03-04',
      suggestedProcedureId: 'passport-minor',
    });
    expect(describeIneligibility(refusal!)).toBe(
      'The person will be 17 on 2027-03-03: book passport-minor instead (passport-first is for people 18 or older; they turn 18 on 2027-03-04).',
    );
  });

  it('takes the minor passport up to the last day of 17, and suggests the first adult passport from 18', () => {
    expect(check(withCurp('2009-03-04'), 'passport-minor', '2027-03-03')).toBeNull();
    const refusal = check(withCurp('2009-03-04'), 'passport-minor', '2027-03-04');
    expect(refusal).toMatchObject({
      reason: 'too_old',
      age: 18,
      maxAge: 17,
      eligibleUntil: '2027-03-03',
      suggestedProcedureId: 'passport-first',
    });
    expect(describeIneligibility(refusal!)).toBe(
      'The person will be 18 on 2027-03-04: book passport-first instead (passport-minor is for people under 18).',
    );
  });

  it('counts a 29 February birthday on 1 March of a common year', () => {
    expect(check(withCurp('2008-02-29'), 'passport-renewal', '2026-02-28')).toMatchObject({
      reason: 'too_young',
      age: 17,
      eligibleFrom: '2026-03-01',
    });
    expect(check(withCurp('2008-02-29'), 'passport-renewal', '2026-03-01')).toBeNull();
    expect(check(withCurp('2008-02-29'), 'passport-minor', '2026-02-28')).toBeNull();
    expect(check(withCurp('2008-02-29'), 'passport-minor', '2026-03-01')).toMatchObject({
      reason: 'too_old',
      eligibleUntil: '2026-02-28',
    });
  });

  it('refuses matrícula and the voter card to a 17-year-old with nothing to book instead but a later date', () => {
    const refusal = check(withCurp('2009-06-30'), 'matricula', '2027-06-29');
    expect(refusal).toMatchObject({
      reason: 'too_young',
      age: 17,
      suggestedProcedureId: null,
      eligibleFrom: '2027-06-30',
    });
    expect(describeIneligibility(refusal!)).toBe(
      'The person will be 17 on 2027-06-29: matricula is for people 18 or older. They turn 18 on 2027-06-30; book a date from then on.',
    );
    expect(check(withCurp('2009-06-30'), 'ine-credential', '2027-06-29')).toMatchObject({
      reason: 'too_young',
    });
    expect(check(withCurp('2009-06-30'), 'matricula', '2027-06-30')).toBeNull();
  });

  it('leaves procedures without an age rule to anyone', () => {
    expect(check(withCurp('2020-01-01'), 'power-of-attorney', '2027-01-01')).toBeNull();
    expect(check(withCurp('1930-01-01'), 'power-of-attorney', '2027-01-01')).toBeNull();
  });

  it('decides on the consulate-local date: the same instant is the 18th birthday in Denver and the day before in Phoenix', () => {
    // Monday 15 March 2027, 06:30 UTC: 00:30 in Denver (daylight time since the day before), still
    // 23:30 on Sunday the 14th in Phoenix (no daylight saving time).
    const instant = new Date('2027-03-15T06:30:00.000Z');
    const denver = zonedParts(instant, 'America/Denver').date;
    const phoenix = zonedParts(instant, 'America/Phoenix').date;
    expect([denver, phoenix]).toEqual(['2027-03-15', '2027-03-14']);
    const person = withCurp('2009-03-15');
    expect(check(person, 'passport-first', denver)).toBeNull();
    expect(check(person, 'passport-first', phoenix)).toMatchObject({ reason: 'too_young', age: 17 });
  });
});

describe('ineligibilityOn: people without a CURP', () => {
  const foreigner: PersonForEligibility = {
    birthDate: '1990-05-05',
    curp: null,
    noCurpReason: 'foreign_national',
  };
  const child: PersonForEligibility = {
    birthDate: '2024-02-10',
    curp: null,
    noCurpReason: 'not_yet_registered',
  };

  it('lets a foreign national book the visa and nothing that needs a CURP', () => {
    expect(check(foreigner, 'visa', '2027-01-05')).toBeNull();
    const refusal = check(foreigner, 'passport-first', '2027-01-05');
    expect(refusal).toMatchObject({
      reason: 'needs_curp',
      noCurpReason: 'foreign_national',
      suggestedProcedureId: 'visa',
      age: 36,
    });
    expect(describeIneligibility(refusal!)).toBe(
      'The person is registered without a CURP as a foreign national, and passport-first needs a CURP: book visa instead.',
    );
    expect(check(foreigner, 'power-of-attorney', '2027-01-05')).toMatchObject({ reason: 'needs_curp' });
  });

  it('lets a child whose registration is pending book the review and the registration, not a passport', () => {
    expect(check(child, 'birth-registration-review', '2027-01-05')).toBeNull();
    expect(check(child, 'birth-registration', '2027-01-05')).toBeNull();
    expect(check(child, 'passport-minor', '2027-01-05')).toMatchObject({
      reason: 'needs_curp',
      suggestedProcedureId: 'birth-registration-review',
    });
    expect(check(child, 'visa', '2027-01-05')).toMatchObject({
      reason: 'needs_curp',
      suggestedProcedureId: 'birth-registration-review',
    });
  });

  it('lets a person with a CURP book what people without one may book too', () => {
    expect(check(withCurp('2020-01-01'), 'birth-registration-review', '2027-01-05')).toBeNull();
  });
});
