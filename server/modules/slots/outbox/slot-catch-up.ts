import type { Kysely } from 'kysely';
import type { SlotsChangedPayload } from '../../../../shared/realtime/events';
import type { Database } from '../../../platform/db/schema';
import { mergeSlotEvents } from './slot-event-relay';
import { currentSlotSeq, slotEventsAfter } from './slot-event-store';

const MAX_REPLAY = 2000;

/**
 * What a client that applied everything up to `afterSeq` missed: the kept events after it merged
 * into one payload, or null when it missed nothing, or when they are no longer all kept (the
 * current number then tells it to refetch).
 */
export async function catchUpSlotEvents(
  db: Kysely<Database>,
  sandbox: string,
  consulateId: string,
  afterSeq: number | undefined,
): Promise<{ seq: number; replay: SlotsChangedPayload | null }> {
  const seq = await currentSlotSeq(db, sandbox, consulateId);
  if (afterSeq === undefined || afterSeq >= seq || seq - afterSeq > MAX_REPLAY) return { seq, replay: null };
  const events = await slotEventsAfter(db, sandbox, consulateId, afterSeq, MAX_REPLAY);
  // Only an unbroken run from the client's number is worth sending; anything else means refetch.
  if (events[0]?.seq !== afterSeq + 1) return { seq, replay: null };
  return { seq, replay: mergeSlotEvents(consulateId, events) };
}
