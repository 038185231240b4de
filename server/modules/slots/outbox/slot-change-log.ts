import type { Transaction } from 'kysely';
import { availableSeats } from '../../../../shared/domain/booking/availability';
import type { SlotChange } from '../../../../shared/realtime/events';
import type { Clock } from '../../../kernel/clock';
import type { SqlDialect } from '../../../platform/db/dialect';
import type { Database } from '../../../platform/db/schema';
import type { SeatCounts } from '../seat-ledger';
import { appendSlotEvent, slotsOnClosedDays } from './slot-event-store';
import { slotsNotBookableAt } from './unbookable-slots';

/** Where commands put the seat changes they make, inside their own transaction. */
export interface SlotChangeLog {
  record(trx: Transaction<Database>, sandbox: string, seats: readonly SeatCounts[]): Promise<void>;
}

/**
 * Writes seat changes to the outbox in the caller's transaction: one event per consulate touched,
 * with absolute availability (a slot of a closed day offers none, whatever its counters say: a hold
 * that expires there gives its seat back to the counters, not to the grids; nor does a slot that has
 * started or starts within its consulate's lead time). On PostgreSQL the
 * same transaction NOTIFYs the other instances; `touched` tells this instance's relay at once.
 */
export function createSlotChangeLog(options: {
  dialect: SqlDialect;
  clock: Clock;
  /** PostgreSQL: the NOTIFY channel of this database and schema (`slotEventChannel`). */
  channel?: string;
  /** This instance's relay: something may commit for that sandbox and consulate. */
  touched?: (key: { sandbox: string; consulateId: string }) => void;
}): SlotChangeLog {
  return {
    async record(trx, sandbox, seats) {
      if (seats.length === 0) return;
      const slotIds = [...new Set(seats.map((s) => s.slotId))];
      const closed = await slotsOnClosedDays(trx, slotIds);
      const unbookable = await slotsNotBookableAt(trx, slotIds, options.clock());
      const byConsulate = new Map<string, Map<string, number>>();
      for (const seat of seats) {
        let changes = byConsulate.get(seat.consulateId);
        if (!changes) byConsulate.set(seat.consulateId, (changes = new Map()));
        changes.set(
          seat.slotId,
          closed.has(seat.slotId) || unbookable.has(seat.slotId) ? 0 : availableSeats(seat),
        );
      }
      const at = options.clock().toISOString();
      // Heads are locked in one order (consulate id), so two transactions never wait on each other in a cycle.
      for (const consulateId of [...byConsulate.keys()].sort()) {
        const changes: SlotChange[] = [...(byConsulate.get(consulateId) as Map<string, number>)].map(
          ([slotId, available]) => ({ slotId, available }),
        );
        await appendSlotEvent(
          trx,
          { sandbox, consulateId, changes, at },
          options.dialect === 'postgres' ? options.channel : undefined,
        );
        options.touched?.({ sandbox, consulateId });
      }
    },
  };
}
