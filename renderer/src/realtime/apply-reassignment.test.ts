import { describe, expect, it } from 'vitest';
import type { MyStatus, Reassignment } from '../../../shared/api/floor/floor';
import type { Queue } from '../../../shared/api/floor/queues';
import { applyReassignment } from './apply-reassignment';

const queue = (id: string, name: string): Queue => ({
  id,
  name: { es: name, en: name },
  kind: 'region',
  servesFirst: { consulateIds: [], procedureIds: [] },
});
const arizona = queue('q-az', 'Arizona');
const texas = queue('q-tx', 'Texas');
const status: MyStatus = {
  userId: 'usr_1',
  state: 'on_call',
  since: '2026-03-09T16:00:00.000Z',
  reason: 'call',
  callId: 'cal_1',
  consoles: 1,
  pendingState: null,
  queue: arizona,
  reassignment: null,
};
const move = (
  id: string,
  state: Reassignment['status'],
  requestedAt = '2026-03-09T16:05:00.000Z',
): Reassignment => ({
  id,
  userId: 'usr_1',
  fromQueueId: 'q-az',
  toQueueId: 'q-tx',
  when: state === 'pending' ? 'after_call' : 'now',
  status: state,
  requestedBy: 'usr_lead',
  requestedAt,
  appliedAt: state === 'pending' ? null : requestedAt,
  acknowledgedAt: null,
});

describe('a lead’s move reaching the operator’s console', () => {
  it('changes the queue once the move is applied', () => {
    expect(applyReassignment(status, { reassignment: move('rea_1', 'applied'), queue: texas })).toMatchObject(
      { queue: texas, reassignment: { id: 'rea_1' } },
    );
  });

  it('keeps the queue while the move waits for the call to end', () => {
    expect(applyReassignment(status, { reassignment: move('rea_1', 'pending'), queue: texas })).toMatchObject(
      { queue: arizona, reassignment: { status: 'pending' } },
    );
  });

  it('does not let an older move replace a newer one', () => {
    const newer = {
      ...status,
      queue: texas,
      reassignment: move('rea_2', 'applied', '2026-03-09T16:10:00.000Z'),
    };
    expect(applyReassignment(newer, { reassignment: move('rea_1', 'applied'), queue: arizona })).toBe(newer);
  });
});
