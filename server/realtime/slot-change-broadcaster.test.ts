import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlotsChangedPayload } from '../../shared/realtime/events';
import type { SeatCounts } from '../repositories/seat-ledger';
import { createSlotChangeBroadcaster } from './slot-change-broadcaster';
import { createSlotSequence, type SlotSequence } from './slot-sequence';

const BATCH_MS = 5;
const seats = (slotId: string, consulateId: string, capacity: number, held: number, booked: number): SeatCounts => ({ slotId, consulateId, capacity, held, booked });

let emitted: { sandbox: string; payload: SlotsChangedPayload }[];
let sequence: SlotSequence;
let broadcaster: ReturnType<typeof createSlotChangeBroadcaster>;

beforeEach(() => {
  vi.useFakeTimers();
  emitted = [];
  sequence = createSlotSequence();
  broadcaster = createSlotChangeBroadcaster({ sequence, emit: (sandbox, payload) => emitted.push({ sandbox, payload }), batchMs: BATCH_MS });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('slot change broadcaster', () => {
  it('emits nothing until the batch window ends', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 0)]);
    expect(emitted).toEqual([]);
    vi.advanceTimersByTime(BATCH_MS - 1);
    expect(emitted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(emitted).toHaveLength(1);
  });

  it('several publishes in one tick make one emit per consulate, with the latest availability of each slot', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 0)]);
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 2, 0), seats('PHX-2', 'PHX', 3, 0, 1)]);
    broadcaster.publish('live', [seats('ELP-1', 'ELP', 2, 1, 0)]);
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 2)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted).toEqual([
      { sandbox: 'live', payload: { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 0 }, { slotId: 'PHX-2', available: 2 }], seq: 1 } },
      { sandbox: 'live', payload: { consulateId: 'ELP', changes: [{ slotId: 'ELP-1', available: 1 }], seq: 1 } },
    ]);
  });

  it('numbers the emits of each sandbox and consulate +1 at a time', () => {
    for (let i = 1; i <= 3; i++) {
      broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, i - 1, 0)]);
      vi.advanceTimersByTime(BATCH_MS);
    }
    broadcaster.publish('live', [seats('ELP-1', 'ELP', 2, 0, 0)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted.map((e) => [e.payload.consulateId, e.payload.seq])).toEqual([
      ['PHX', 1],
      ['PHX', 2],
      ['PHX', 3],
      ['ELP', 1],
    ]);
    expect(sequence.current('live', 'PHX')).toBe(3);
    expect(sequence.current('live', 'ELP')).toBe(1);
  });

  it('never mixes sandboxes: each gets its own emits and its own sequence', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 0)]);
    broadcaster.publish('practice:usr_x', [seats('PHX-1', 'PHX', 3, 0, 3)]);
    broadcaster.publish('practice:usr_y', [seats('PHX-2', 'PHX', 3, 3, 0)]);
    broadcaster.publish('live', [seats('PHX-2', 'PHX', 3, 0, 0)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted).toEqual([
      { sandbox: 'live', payload: { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 2 }, { slotId: 'PHX-2', available: 3 }], seq: 1 } },
      { sandbox: 'practice:usr_x', payload: { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 0 }], seq: 1 } },
      { sandbox: 'practice:usr_y', payload: { consulateId: 'PHX', changes: [{ slotId: 'PHX-2', available: 0 }], seq: 1 } },
    ]);
    broadcaster.publish('practice:usr_x', [seats('PHX-1', 'PHX', 3, 0, 2)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted.at(-1)).toEqual({ sandbox: 'practice:usr_x', payload: { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 1 }], seq: 2 } });
    expect(sequence.current('live', 'PHX')).toBe(1);
  });

  it('reports availability as absolute seats, never negative when capacity was cut below the counts', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 1, 1, 1)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted[0]?.payload.changes).toEqual([{ slotId: 'PHX-1', available: 0 }]);
  });

  it('flush sends what is pending at once, and the timer then sends nothing twice', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 0)]);
    broadcaster.flush();
    expect(emitted).toHaveLength(1);
    vi.advanceTimersByTime(BATCH_MS * 10);
    expect(emitted).toHaveLength(1);
    broadcaster.flush();
    expect(emitted).toHaveLength(1);
  });

  it('a publish after an emit starts a new batch', () => {
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 1, 0)]);
    vi.advanceTimersByTime(BATCH_MS);
    broadcaster.publish('live', [seats('PHX-1', 'PHX', 3, 0, 0)]);
    vi.advanceTimersByTime(BATCH_MS);
    expect(emitted.map((e) => e.payload)).toEqual([
      { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 2 }], seq: 1 },
      { consulateId: 'PHX', changes: [{ slotId: 'PHX-1', available: 3 }], seq: 2 },
    ]);
  });
});
