import { describe, expect, it } from 'vitest';
import type { Floor, FloorOperator, Reassignment } from '../../../shared/api/floor/floor';
import { applyFloorChanges, recordReassignments } from './apply-floor-changes';

const operator = (i: number): FloorOperator => ({
  userId: `usr_${i}`,
  username: `operator${i}`,
  displayName: `Operador ${i}`,
  state: 'available',
  since: '2026-03-09T15:30:00.000Z',
  reason: 'console',
  consoles: 1,
  practiceConsoles: 0,
  pendingState: null,
  queueId: i % 2 ? 'q_a' : 'q_b',
  reassignment: null,
  callsToday: i,
  bookingsToday: 0,
  avgHandleSeconds: null,
  onShift: true,
});
const floor: Floor = {
  at: '2026-03-09T16:00:00.000Z',
  day: '2026-03-09',
  operators: [0, 1, 2, 3, 4].map(operator),
};
const later = '2026-03-09T16:00:05.000Z';

describe('applying a live floor change to the cached floor', () => {
  it('replaces only the changed operator: the others keep their identity, so their rows do not re-render', () => {
    const changed = { ...floor.operators[2]!, state: 'break' as const, since: later };
    const next = applyFloorChanges(floor, [changed], later);
    expect(next.operators[2]).toEqual(changed);
    expect(next.at).toBe(later);
    for (const i of [0, 1, 3, 4]) expect(next.operators[i]).toBe(floor.operators[i]);
  });

  it('keeps the same floor when the rows say nothing new', () => {
    const same = { ...floor.operators[1]! };
    expect(applyFloorChanges(floor, [same], later).operators).toBe(floor.operators);
  });

  it('adds an operator who was not on the floor yet', () => {
    const newcomer = { ...floor.operators[0]!, userId: 'usr_new', username: 'nuevo' };
    const next = applyFloorChanges(floor, [newcomer], later);
    expect(next.operators).toHaveLength(6);
    expect(next.operators[5]).toBe(newcomer);
  });

  it('ignores a change older than the floor it would patch', () => {
    const stale = { ...floor.operators[0]!, state: 'offline' as const };
    expect(applyFloorChanges(floor, [stale], '2026-03-09T15:59:00.000Z')).toBe(floor);
  });
});

describe('recording a lead’s reassignments on the floor', () => {
  const reassignment = (userId: string, status: Reassignment['status']): Reassignment => ({
    id: `rea_${userId}`,
    userId,
    fromQueueId: 'q_a',
    toQueueId: 'q_c',
    when: status === 'pending' ? 'after_call' : 'now',
    status,
    requestedBy: 'usr_lead',
    requestedAt: later,
    appliedAt: status === 'pending' ? null : later,
    acknowledgedAt: null,
  });

  it('shows a pending move without changing the queue yet, and an applied one with the new queue', () => {
    const [a, b] = floor.operators;
    const next = recordReassignments(floor, [
      reassignment(a!.userId, 'pending'),
      reassignment(b!.userId, 'applied'),
    ]);
    expect(next.operators[0]).toMatchObject({ queueId: a!.queueId, reassignment: { status: 'pending' } });
    expect(next.operators[1]).toMatchObject({ queueId: 'q_c', reassignment: { status: 'applied' } });
    expect(next.operators[2]).toBe(floor.operators[2]);
  });
});
