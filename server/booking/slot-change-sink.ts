import type { SeatCounts } from '../repositories/seat-ledger';

/** Where committed seat changes go (the live-availability broadcaster). Called after commit only. */
export interface SlotChangeSink {
  publish(sandbox: string, changes: readonly SeatCounts[]): void;
}

export const discardSlotChanges: SlotChangeSink = { publish: () => {} };
