import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { currentSlotSeq } from './outbox/slot-event-store';

/**
 * Per-consulate sequence numbers of `slots:changed` (one counter per sandbox and consulate), kept
 * by the outbox in the database so every instance agrees. A page of slots carries the number it
 * includes; a client compares each event's numbers with it and refetches on a gap.
 */
export interface SlotSequence {
  current(sandbox: string, consulateId: string): Promise<number>;
}

export const createSlotSequence = (db: Kysely<Database>): SlotSequence => ({
  current: (sandbox, consulateId) => currentSlotSeq(db, sandbox, consulateId),
});
