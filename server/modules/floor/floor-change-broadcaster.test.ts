import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FloorOperator } from '../../../shared/api/floor/floor';
import type { FloorChangedPayload } from '../../../shared/realtime/events';
import { createFloorChangeBroadcaster, type FloorChangeBroadcaster } from './floor-change-broadcaster';

const BATCH_MS = 250;
const AT = new Date('2026-03-09T15:00:00.000Z');

/** The row as the read model would give it, carrying how many times it was read. */
const row = (userId: string, version: number): FloorOperator => ({
  userId,
  username: userId,
  displayName: userId,
  state: 'available',
  since: AT.toISOString(),
  reason: 'presence',
  consoles: version,
  practiceConsoles: 0,
  pendingState: null,
  queueId: null,
  reassignment: null,
  callsToday: 0,
  bookingsToday: 0,
  avgHandleSeconds: null,
  onShift: false,
});

let emitted: FloorChangedPayload[];
let reads: string[][];
let watched: boolean;
let broadcaster: FloorChangeBroadcaster;

beforeEach(() => {
  vi.useFakeTimers();
  emitted = [];
  reads = [];
  watched = true;
  broadcaster = createFloorChangeBroadcaster({
    batchMs: BATCH_MS,
    hasSubscribers: () => watched,
    readOperators: async (userIds) => {
      reads.push([...userIds]);
      // Trainees and leads have no floor row.
      return {
        at: AT,
        operators: userIds.filter((id) => id.startsWith('op')).map((id) => row(id, reads.length)),
      };
    },
    emit: (payload) => emitted.push(payload),
    onError: (error) => {
      throw error;
    },
  });
});

afterEach(() => {
  broadcaster.stop();
  vi.useRealTimers();
});

describe('floor change broadcaster', () => {
  it('gathers changes for the batch window, then sends each changed operator once, read in one go', async () => {
    broadcaster.changed(['op1']);
    broadcaster.changed(['op2', 'op1']);
    await vi.advanceTimersByTimeAsync(BATCH_MS - 1);
    expect(emitted).toEqual([]);
    broadcaster.changed(['op3', 'op1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toEqual([['op1', 'op2', 'op3']]);
    expect(emitted).toEqual([
      { operators: [row('op1', 1), row('op2', 1), row('op3', 1)], at: AT.toISOString() },
    ]);
  });

  it('400 operators changing all the time make one message per window', async () => {
    for (let tick = 0; tick < 40; tick++) {
      for (let i = 0; i < 400; i++) if ((i + tick) % 4 === 0) broadcaster.changed([`op${i}`]);
      await vi.advanceTimersByTimeAsync(25);
    }
    // 40 ticks of 25 ms = 1 s: four windows of 250 ms.
    expect(emitted).toHaveLength(4);
    expect(emitted.every((e) => e.operators.length === 400)).toBe(true);
  });

  it('reads nothing and sends nothing while no lead watches the floor', async () => {
    watched = false;
    broadcaster.changed(['op1']);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(reads).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('sends nothing when none of the changed users is an operator', async () => {
    broadcaster.changed(['trainee1', 'lead1']);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(reads).toHaveLength(1);
    expect(emitted).toEqual([]);
  });

  it('flush sends what is pending at once, and the timer then sends nothing twice', async () => {
    broadcaster.changed(['op1']);
    await broadcaster.flush();
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(BATCH_MS * 4);
    expect(emitted).toHaveLength(1);
  });
});
