import { describe, expect, it } from 'vitest';
import type { SlotsChangedPayload } from '../../shared/realtime/events';
import { createSlotChangeBroadcaster } from '../realtime/slot-change-broadcaster';
import { createSlotSequence } from '../realtime/slot-sequence';
import type { SeatCounts } from '../repositories/seat-ledger';
import { createClosedDaySink } from './closed-day-sink';

const seats = (slotId: string, capacity: number, held: number, booked: number): SeatCounts => ({ slotId, consulateId: 'PHX', capacity, held, booked });

function setup(closedAtStart: string[] = []) {
  const emitted: { sandbox: string; payload: SlotsChangedPayload }[] = [];
  const broadcaster = createSlotChangeBroadcaster({ sequence: createSlotSequence(), emit: (sandbox, payload) => emitted.push({ sandbox, payload }), batchMs: 60_000 });
  const sink = createClosedDaySink(broadcaster, closedAtStart);
  const changes = () => {
    broadcaster.flush();
    return emitted.splice(0).flatMap((e) => e.payload.changes.map((c) => ({ sandbox: e.sandbox, ...c })));
  };
  return { sink, changes };
}

describe('seat changes of closed days', () => {
  it('pass through unchanged while the day is open', () => {
    const { sink, changes } = setup();
    sink.publish('live', [seats('PHX-1', 6, 1, 2)]);
    expect(changes()).toEqual([{ sandbox: 'live', slotId: 'PHX-1', available: 3 }]);
  });

  it('offer no seats once the day is closed, even when a hold or an appointment gives its seat back', () => {
    const { sink, changes } = setup();
    sink.markClosed(['PHX-1']);
    sink.publish('live', [seats('PHX-1', 6, 0, 1), seats('PHX-2', 6, 0, 0)]);
    sink.publish('practice:usr_trainee1', [seats('PHX-1', 6, 0, 0)]);
    expect(changes()).toEqual([
      { sandbox: 'live', slotId: 'PHX-1', available: 0 },
      { sandbox: 'live', slotId: 'PHX-2', available: 6 },
      { sandbox: 'practice:usr_trainee1', slotId: 'PHX-1', available: 0 },
    ]);
  });

  it('remember the days closed before the server started', () => {
    const { sink, changes } = setup(['PHX-9']);
    sink.publish('live', [seats('PHX-9', 3, 0, 0)]);
    expect(changes()).toEqual([{ sandbox: 'live', slotId: 'PHX-9', available: 0 }]);
  });
});
