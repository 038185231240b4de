import type { WrapUpCode } from '../api/calls';

/**
 * What a practice run left behind, gathered by the server from the trainee's sandbox (the call,
 * the appointment, the console's run events) and scored by a pure function against the scenario.
 */
export interface PracticeEvidence {
  /** The trainee's call during the run (the last one started after the run began), if any. */
  call: { durationSeconds: number | null; wrapUpCode: WrapUpCode | null } | null;
  /** CURP of the applicant the call or its appointment was for, if one was identified. */
  identifiedCurp: string | null;
  /** The identity key (folded names and birth date) of that applicant when they have no CURP. */
  identifiedIdentityKey: string | null;
  /** The appointment booked (or rebooked) during the run, if any. */
  appointment: {
    procedureId: string;
    consulateId: string;
    /** Consulate-local `YYYY-MM-DDTHH:mm`. */
    localStart: string;
    /** The consulate's local date when the run started, for "within N days". */
    consulateToday: string;
    /** It replaced the caller's earlier appointment (a reschedule). */
    rescheduled: boolean;
  } | null;
  /** Requirements the console reported as read out for a procedure (ticked in its checklist). */
  requirementsRead: { procedureId: string; count: number; total: number } | null;
  /** The console showed the read-back of the appointment booked in the run. */
  readBackDone: boolean;
  /** Line indexes the trainee asked for, in order. */
  asked: number[];
}
