import type { NoCurpReason } from '../../api/applicants';
import { addDays } from '../time/local-date';
import { ageOn, dateOfTurning } from './age';

/**
 * Who may have a procedure on a given day, as the consulate decides it at the window: the age the
 * person will have on the appointment's consulate-local date (not today), and, for people without a
 * CURP, whether the procedure serves their case. Pure: the server refuses holds with it, the console
 * marks the procedures it rules out before the operator reaches the slots.
 */

export interface EligibilityRule {
  /** Youngest age served on the appointment date; null: no lower bound. */
  minAge: number | null;
  /** Oldest age served on the appointment date; null: no upper bound. */
  maxAge: number | null;
  /** Who may book it without a CURP (empty: a CURP is needed). */
  noCurpReasons: readonly NoCurpReason[];
}

export interface ProcedureForEligibility {
  id: string;
  /** Procedures of one group stand in for each other (the passports): a suggestion comes from it first. */
  bookingGroup: string;
  eligibility: EligibilityRule;
}

export interface PersonForEligibility {
  birthDate: string;
  curp: string | null;
  noCurpReason: NoCurpReason | null;
}

interface IneligibilityBase {
  procedureId: string;
  /** The age the person will have on `onDate`. */
  age: number;
  /** The appointment's consulate-local date. */
  onDate: string;
  /** What to book instead, or null when nothing stands in. */
  suggestedProcedureId: string | null;
}

export type Ineligibility =
  | (IneligibilityBase & {
      reason: 'too_young';
      minAge: number;
      /** The first date they are old enough. */ eligibleFrom: string;
    })
  | (IneligibilityBase & {
      reason: 'too_old';
      maxAge: number;
      /** The last date they are young enough. */ eligibleUntil: string;
    })
  | (IneligibilityBase & { reason: 'needs_curp'; noCurpReason: NoCurpReason | null });

const servesAge = (rule: EligibilityRule, age: number) =>
  (rule.minAge === null || age >= rule.minAge) && (rule.maxAge === null || age <= rule.maxAge);
const servesCurpCase = (rule: EligibilityRule, person: PersonForEligibility) =>
  person.curp !== null || (person.noCurpReason !== null && rule.noCurpReasons.includes(person.noCurpReason));

/** Whether `person` may have `procedure` on `onDate`: null when they may, else why not and what instead. */
export function ineligibilityOn(
  person: PersonForEligibility,
  procedure: ProcedureForEligibility,
  onDate: string,
  /** Every procedure, in the order a menu shows them: where suggestions come from. */
  procedures: readonly ProcedureForEligibility[],
): Ineligibility | null {
  const age = ageOn(person.birthDate, onDate);
  const rule = procedure.eligibility;
  const fits = (p: ProcedureForEligibility) =>
    p.id !== procedure.id && servesAge(p.eligibility, age) && servesCurpCase(p.eligibility, person);
  const base = { procedureId: procedure.id, age, onDate };
  if (!servesCurpCase(rule, person)) {
    // Without a CURP only the procedures listing the person's case will do, whatever their group.
    const suggested = procedures.find(fits) ?? null;
    return {
      ...base,
      reason: 'needs_curp',
      noCurpReason: person.noCurpReason,
      suggestedProcedureId: suggested?.id ?? null,
    };
  }
  if (servesAge(rule, age)) return null;
  const suggested = procedures.find((p) => p.bookingGroup === procedure.bookingGroup && fits(p)) ?? null;
  const suggestedProcedureId = suggested?.id ?? null;
  if (rule.minAge !== null && age < rule.minAge) {
    return {
      ...base,
      reason: 'too_young',
      minAge: rule.minAge,
      eligibleFrom: dateOfTurning(person.birthDate, rule.minAge),
      suggestedProcedureId,
    };
  }
  const maxAge = rule.maxAge as number;
  return {
    ...base,
    reason: 'too_old',
    maxAge,
    eligibleUntil: addDays(dateOfTurning(person.birthDate, maxAge + 1), -1),
    suggestedProcedureId,
  };
}

const CURP_CASES: Record<NoCurpReason, string> = {
  foreign_national: 'a foreign national',
  not_yet_registered: 'a child whose Mexican birth registration is pending',
};

/**
 * The refusal as an operator reads it out (English; the console words it in Spanish from the same
 * fields): "The person will be 17 on 2027-03-03: book passport-minor instead (…)".
 */
export function describeIneligibility(x: Ineligibility): string {
  const instead = x.suggestedProcedureId ? `book ${x.suggestedProcedureId} instead` : null;
  switch (x.reason) {
    case 'too_young':
      return instead
        ? `The person will be ${x.age} on ${x.onDate}: ${instead} (${x.procedureId} is for people ${x.minAge} or older; they turn ${x.minAge} on ${x.eligibleFrom}).`
        : `The person will be ${x.age} on ${x.onDate}: ${x.procedureId} is for people ${x.minAge} or older. They turn ${x.minAge} on ${x.eligibleFrom}; book a date from then on.`;
    case 'too_old':
      return instead
        ? `The person will be ${x.age} on ${x.onDate}: ${instead} (${x.procedureId} is for people under ${x.maxAge + 1}).`
        : `The person will be ${x.age} on ${x.onDate}: ${x.procedureId} is for people under ${x.maxAge + 1}.`;
    case 'needs_curp': {
      const who = x.noCurpReason
        ? `registered without a CURP as ${CURP_CASES[x.noCurpReason]}`
        : 'registered without a CURP';
      return `The person is ${who}, and ${x.procedureId} needs a CURP${instead ? `: ${instead}` : ''}.`;
    }
  }
}
