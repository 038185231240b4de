import type { Applicant } from '../../../../shared/api/applicants';
import type { Call } from '../../../../shared/api/calls';
import type { MyCall } from '../../../../shared/api/routing';
import type { JoinedCall, ScreenPop } from '../../stores/slices/call-slice';

/**
 * The screen pop of an answered call nobody was picked for yet: the one applicant on record with
 * the caller's number opens; several are listed to choose from; none opens the register form with
 * the number filled in. An outbound call, or one whose caller is already picked, pops nothing.
 */
export function screenPopOf(myCall: MyCall): { applicant: Applicant | null; pop: ScreenPop | null } {
  if (myCall.applicantId !== null || myCall.direction === 'outbound' || myCall.from === null)
    return { applicant: null, pop: null };
  if (myCall.matches.length === 1) return { applicant: myCall.matches[0]!, pop: null };
  return {
    applicant: null,
    pop: {
      callId: myCall.callId,
      kind: myCall.matches.length > 1 ? 'choose' : 'register',
      number: myCall.from,
    },
  };
}

/**
 * What the console shows for a call the server holds: the caller, procedure, consulate and live hold
 * chosen so far, the line (number, language, queue, hung up or not), and the screen pop.
 */
export function joinedCallOf(
  myCall: MyCall,
  operatorId: string,
  /** The caller this console picked before it reloaded, when they are not among the number's matches. */
  remembered: Applicant | null = null,
): JoinedCall {
  const call: Call = {
    id: myCall.callId,
    operatorId,
    startedAt: myCall.answeredAt,
    endedAt: null,
    wrapUpCode: null,
    applicantId: myCall.applicantId,
    appointmentId: myCall.appointmentId,
    note: null,
    durationSeconds: null,
    direction: myCall.direction,
    endedBy: null,
    hungUpAt: myCall.hungUpAt,
  };
  const { applicant: popped, pop } = screenPopOf(myCall);
  const picked =
    myCall.applicantId === null
      ? popped
      : (myCall.matches.find((a) => a.id === myCall.applicantId) ??
        (remembered?.id === myCall.applicantId ? remembered : null));
  const hold = myCall.hold;
  return {
    call,
    line: {
      direction: myCall.direction,
      from: myCall.from,
      language: myCall.language,
      queueId: myCall.queueId,
      hungUpAt: myCall.status === 'ended' ? (myCall.hungUpAt ?? myCall.answeredAt) : null,
      wrapUpDeadline: myCall.wrapUpDeadline,
    },
    applicant: picked,
    procedureId: myCall.procedureId ?? hold?.procedureId ?? null,
    consulateId: myCall.consulateId ?? hold?.consulateId ?? null,
    hold: hold
      ? {
          id: hold.id,
          slotId: hold.slotId,
          applicantId: hold.applicantId,
          procedureId: hold.procedureId,
          expiresAt: hold.expiresAt,
        }
      : null,
    screenPop: pop,
  };
}
