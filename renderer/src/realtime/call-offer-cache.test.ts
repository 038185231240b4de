import { describe, expect, it } from 'vitest';
import type { CallOfferedPayload, MyCall } from '../../../shared/api/routing';
import { callEnded, offerArrived, offerWindowMs, offerWithdrawn } from './call-offer-cache';

const offer: CallOfferedPayload = {
  offerId: 'offer-1',
  callId: 'call-1',
  from: '+12135550100',
  language: 'es',
  queueId: 'q-region-ca',
  direction: 'inbound',
  offeredAt: '2027-01-01T04:00:00.000Z',
  expiresAt: '2027-01-01T04:00:15.000Z',
  matches: [],
};

const connected: MyCall = {
  callId: 'call-1',
  status: 'connected',
  direction: 'inbound',
  from: '+12135550100',
  language: 'es',
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

describe('the offer ringing at the console', () => {
  it('is open for the time the server gave it, whatever this console’s clock says', () => {
    expect(offerWindowMs(offer)).toBe(15_000);
    expect(offerArrived(offer, 123)).toEqual({ kind: 'ringing', offer, receivedAt: 123 });
  });

  it('a withdrawal says why; one of another offer changes nothing; a declined one just goes', () => {
    const ringing = offerArrived(offer, 0);
    expect(offerWithdrawn(ringing, { offerId: 'offer-1', callId: 'call-1', reason: 'expired' }, 9)).toEqual({
      kind: 'withdrawn',
      withdrawn: { offerId: 'offer-1', callId: 'call-1', reason: 'expired' },
      at: 9,
    });
    expect(offerWithdrawn(ringing, { offerId: 'offer-0', callId: 'call-0', reason: 'abandoned' }, 9)).toBe(
      ringing,
    );
    expect(
      offerWithdrawn(ringing, { offerId: 'offer-1', callId: 'call-1', reason: 'rejected' }, 9),
    ).toBeNull();
    expect(offerWithdrawn(null, { offerId: 'offer-1', callId: 'call-1', reason: 'expired' }, 9)).toBeNull();
  });
});

describe('call:ended', () => {
  it('by the caller: the line ended and the wrap-up has the server’s deadline', () => {
    expect(
      callEnded(connected, {
        callId: 'call-1',
        by: 'caller',
        at: '2027-01-01T04:03:00.000Z',
        wrapUpDeadline: '2027-01-01T04:05:00.000Z',
      }),
    ).toEqual({
      ...connected,
      status: 'ended',
      hungUpAt: '2027-01-01T04:03:00.000Z',
      wrapUpDeadline: '2027-01-01T04:05:00.000Z',
    });
  });

  it('by the server: no call any more; another call’s end changes nothing', () => {
    const closed = {
      callId: 'call-1',
      by: 'server',
      at: '2027-01-01T04:05:00.000Z',
      wrapUpDeadline: null,
    } as const;
    expect(callEnded(connected, closed)).toBeNull();
    expect(callEnded(connected, { ...closed, callId: 'call-2' })).toBe(connected);
    expect(callEnded(null, closed)).toBeNull();
  });
});
