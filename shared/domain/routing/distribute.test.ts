import { describe, expect, it } from 'vitest';
import { planOffers, type RoutableOperator, type WaitingCall } from './distribute';

const call = (id: string, partial: Partial<WaitingCall> = {}): WaitingCall => ({
  id,
  queueIds: ['q-a'],
  skill: 'es',
  arrivedAt: '2027-01-04T15:00:00.000Z',
  targetOperatorId: null,
  declinedBy: [],
  ...partial,
});
const operator = (id: string, since: string, partial: Partial<RoutableOperator> = {}): RoutableOperator => ({
  id,
  queueId: 'q-a',
  skills: ['es'],
  availableSince: since,
  ...partial,
});

describe('planOffers', () => {
  it('gives the call to the operator of its queue available longest', () => {
    const plan = planOffers(
      [call('c1')],
      [operator('o-recent', '2027-01-04T14:59:00.000Z'), operator('o-long', '2027-01-04T14:30:00.000Z')],
    );
    expect(plan).toEqual([{ callId: 'c1', operatorId: 'o-long', queueId: 'q-a' }]);
  });

  it('offers the oldest call first and one call per operator', () => {
    const plan = planOffers(
      [
        call('c-new', { arrivedAt: '2027-01-04T15:00:05.000Z' }),
        call('c-old', { arrivedAt: '2027-01-04T15:00:01.000Z' }),
      ],
      [operator('o1', '2027-01-04T14:00:00.000Z')],
    );
    expect(plan).toEqual([{ callId: 'c-old', operatorId: 'o1', queueId: 'q-a' }]);
  });

  it('gives two calls to two operators, longest available to the oldest call', () => {
    const plan = planOffers(
      [call('c2', { arrivedAt: '2027-01-04T15:00:02.000Z' }), call('c1')],
      [operator('o-b', '2027-01-04T14:10:00.000Z'), operator('o-a', '2027-01-04T14:00:00.000Z')],
    );
    expect(plan).toEqual([
      { callId: 'c1', operatorId: 'o-a', queueId: 'q-a' },
      { callId: 'c2', operatorId: 'o-b', queueId: 'q-a' },
    ]);
  });

  it('skips an operator without the language the call needs', () => {
    const plan = planOffers(
      [call('c-en', { skill: 'en' })],
      [
        operator('o-es', '2027-01-04T14:00:00.000Z'),
        operator('o-both', '2027-01-04T14:50:00.000Z', { skills: ['es', 'en'] }),
      ],
    );
    expect(plan).toEqual([{ callId: 'c-en', operatorId: 'o-both', queueId: 'q-a' }]);
  });

  it('leaves a call waiting when nobody of its queues speaks its language', () => {
    expect(
      planOffers([call('c-en', { skill: 'en' })], [operator('o-es', '2027-01-04T14:00:00.000Z')]),
    ).toEqual([]);
  });

  it('never gives a call to an operator of another queue unless it overflowed there', () => {
    const other = operator('o-b', '2027-01-04T14:00:00.000Z', { queueId: 'q-b' });
    expect(planOffers([call('c1')], [other])).toEqual([]);
    expect(planOffers([call('c1', { queueIds: ['q-a', 'q-b'] })], [other])).toEqual([
      { callId: 'c1', operatorId: 'o-b', queueId: 'q-b' },
    ]);
  });

  it('prefers the own queue over an overflow queue, even someone available for less time', () => {
    const plan = planOffers(
      [call('c1', { queueIds: ['q-a', 'q-b'] })],
      [
        operator('o-b', '2027-01-04T14:00:00.000Z', { queueId: 'q-b' }),
        operator('o-a', '2027-01-04T14:59:00.000Z'),
      ],
    );
    expect(plan).toEqual([{ callId: 'c1', operatorId: 'o-a', queueId: 'q-a' }]);
  });

  it('chooses someone who declined the call only when nobody else can take it', () => {
    const declined = call('c1', { declinedBy: ['o-long'] });
    const long = operator('o-long', '2027-01-04T14:00:00.000Z');
    expect(planOffers([declined], [long, operator('o-recent', '2027-01-04T14:59:00.000Z')])).toEqual([
      { callId: 'c1', operatorId: 'o-recent', queueId: 'q-a' },
    ]);
    expect(planOffers([declined], [long])).toEqual([{ callId: 'c1', operatorId: 'o-long', queueId: 'q-a' }]);
  });

  it('offers a practice caller only to its trainee, whatever their queue or languages', () => {
    const practice = call('c-practice', { targetOperatorId: 'trainee1', skill: 'en' });
    const trainee = operator('trainee1', '2027-01-04T14:59:00.000Z', { queueId: null, skills: ['es'] });
    expect(planOffers([practice], [operator('o-long', '2027-01-04T14:00:00.000Z')])).toEqual([]);
    expect(planOffers([practice], [operator('o-long', '2027-01-04T14:00:00.000Z'), trainee])).toEqual([
      { callId: 'c-practice', operatorId: 'trainee1', queueId: 'q-a' },
    ]);
  });

  it('never plans a live call for someone on no queue (a trainee)', () => {
    expect(
      planOffers([call('c1')], [operator('trainee1', '2027-01-04T14:00:00.000Z', { queueId: null })]),
    ).toEqual([]);
  });
});
