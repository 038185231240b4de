import type { SlotsChangedPayload } from '../../shared/realtime/events';
import { availableSeats } from '../../shared/domain/booking/availability';
import type { SlotChangeSink } from '../booking/slot-change-sink';
import type { SeatCounts } from '../repositories/seat-ledger';
import type { SlotSequence } from './slot-sequence';

export type Emit = (sandbox: string, payload: SlotsChangedPayload) => void;

/**
 * Batches committed seat changes: one `slots:changed` per consulate per tick, carrying the
 * latest availability of each changed slot (absolute values, so a replay is harmless).
 */
export function createSlotChangeBroadcaster(options: { sequence: SlotSequence; emit: Emit; batchMs: number }): SlotChangeSink & { flush(): void } {
  const pending = new Map<string, { sandbox: string; consulateId: string; changes: Map<string, number> }>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush() {
    timer = null;
    const batches = [...pending.values()];
    pending.clear();
    for (const batch of batches) {
      const changes = [...batch.changes].map(([slotId, available]) => ({ slotId, available }));
      options.emit(batch.sandbox, { consulateId: batch.consulateId, changes, seq: options.sequence.next(batch.sandbox, batch.consulateId) });
    }
  }

  return {
    publish(sandbox: string, seats: readonly SeatCounts[]) {
      for (const seat of seats) {
        const key = `${sandbox}|${seat.consulateId}`;
        let batch = pending.get(key);
        if (!batch) pending.set(key, (batch = { sandbox, consulateId: seat.consulateId, changes: new Map() }));
        batch.changes.set(seat.slotId, availableSeats(seat));
      }
      timer ??= setTimeout(flush, options.batchMs);
    },
    flush() {
      if (timer) clearTimeout(timer);
      flush();
    },
  };
}
