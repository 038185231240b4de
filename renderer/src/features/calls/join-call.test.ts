import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../shared/api/applicants';
import type { MyCall } from '../../../../shared/api/routing';
import { contextChanges, contextOf } from './call-context';
import { joinedCallOf, screenPopOf } from './join-call';

const person = (id: string): Applicant =>
  ({
    id,
    curp: null,
    noCurpReason: 'foreign_national',
    givenNames: 'Eulalia',
    firstSurname: 'Zavala',
    secondSurname: null,
    birthDate: '1970-03-04',
    phone: '+12135550100',
    email: null,
  }) as unknown as Applicant;

const answered: MyCall = {
  callId: 'call-1',
  status: 'connected',
  direction: 'inbound',
  from: '+12135550100',
  language: 'en',
  queueId: 'q-region-ca',
  answeredAt: '2027-01-01T04:00:05.000Z',
  hungUpAt: null,
  wrapUpDeadline: null,
  applicantId: null,
  procedureId: null,
  consulateId: null,
  appointmentId: null,
  hold: null,
  matches: [],
};

describe('the screen pop of an answered call', () => {
  it('one applicant with the number: their record opens', () => {
    const one = person('a1');
    expect(screenPopOf({ ...answered, matches: [one] })).toEqual({ applicant: one, pop: null });
  });

  it('several: the list to choose from, by the number', () => {
    expect(screenPopOf({ ...answered, matches: [person('a1'), person('a2')] })).toEqual({
      applicant: null,
      pop: { callId: 'call-1', kind: 'choose', number: '+12135550100' },
    });
  });

  it('none: the register form with the number', () => {
    expect(screenPopOf(answered).pop).toEqual({ callId: 'call-1', kind: 'register', number: '+12135550100' });
  });

  it('nothing pops on an outbound call or once the caller is picked', () => {
    expect(screenPopOf({ ...answered, direction: 'outbound' })).toEqual({ applicant: null, pop: null });
    expect(screenPopOf({ ...answered, applicantId: 'a9', matches: [person('a1')] })).toEqual({
      applicant: null,
      pop: null,
    });
  });
});

describe('a call taken back from the server', () => {
  const hold = {
    id: 'h1',
    slotId: 's1',
    applicantId: 'a2',
    procedureId: 'passport-first',
    consulateId: 'LAX',
    expiresAt: '2027-01-01T04:10:00.000Z',
  };

  it('comes back with its caller, procedure, consulate, hold and seat, timed from the answer', () => {
    const joined = joinedCallOf(
      {
        ...answered,
        applicantId: 'a2',
        procedureId: 'passport-first',
        hold,
        matches: [person('a1'), person('a2')],
      },
      'operator-1',
    );
    expect(joined.call).toMatchObject({
      id: 'call-1',
      operatorId: 'operator-1',
      startedAt: answered.answeredAt,
    });
    expect(joined.applicant?.id).toBe('a2');
    expect(joined.procedureId).toBe('passport-first');
    expect(joined.consulateId).toBe('LAX');
    expect(joined.hold).toEqual({
      id: 'h1',
      slotId: 's1',
      applicantId: 'a2',
      procedureId: 'passport-first',
      expiresAt: hold.expiresAt,
    });
    expect(joined.screenPop).toBeNull();
    expect(joined.line).toEqual({
      direction: 'inbound',
      from: '+12135550100',
      language: 'en',
      queueId: 'q-region-ca',
      hungUpAt: null,
      wrapUpDeadline: null,
    });
  });

  it('a caller found by name (not among the number’s matches) comes back from what this console remembered', () => {
    const remembered = person('a7');
    expect(joinedCallOf({ ...answered, applicantId: 'a7' }, 'o', remembered).applicant).toBe(remembered);
    expect(joinedCallOf({ ...answered, applicantId: 'a8' }, 'o', remembered).applicant).toBeNull();
  });

  it('in its wrap-up when the line had ended', () => {
    const ended = joinedCallOf(
      {
        ...answered,
        status: 'ended',
        hungUpAt: '2027-01-01T04:03:00.000Z',
        wrapUpDeadline: '2027-01-01T04:05:00.000Z',
      },
      'o',
    );
    expect(ended.line.hungUpAt).toBe('2027-01-01T04:03:00.000Z');
    expect(ended.line.wrapUpDeadline).toBe('2027-01-01T04:05:00.000Z');
  });
});

describe('what the server is told as the operator picks', () => {
  const known = { callId: 'c', applicantId: null, procedureId: null, consulateId: null };
  it('only what changed, null clearing', () => {
    expect(contextChanges(known, { ...known, applicantId: 'a1' })).toEqual({ applicantId: 'a1' });
    expect(
      contextChanges(
        { ...known, procedureId: 'p', consulateId: 'LAX' },
        { ...known, procedureId: 'q', consulateId: null },
      ),
    ).toEqual({ procedureId: 'q', consulateId: null });
    expect(contextChanges(known, known)).toBeNull();
  });
  it('no call, no context', () => {
    expect(contextOf({ call: null, applicant: null, procedureId: 'p', consulateId: null })).toBeNull();
  });
});
