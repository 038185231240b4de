import type { SlotListQuery } from '../../../shared/api/slots';
import type { Actor } from '../../kernel/actor';
import { findConsulate } from '../reference';
import { listSlots } from './list-slots';
import { catchUpSlotEvents } from './outbox/slot-catch-up';
import { setSlotCapacity } from './set-slot-capacity';
import type { SlotDeps } from './slot-deps';

/** The slots module's service: what its routes and socket events ask of it. */
export function createSlotService(deps: SlotDeps) {
  return {
    listSlots: (actor: Actor, query: SlotListQuery) => listSlots(deps, actor, query),
    setSlotCapacity: (actor: Actor, slotId: string, capacity: number) =>
      setSlotCapacity(deps, actor, slotId, capacity),
    /** Whether a consulate of that id exists (a subscription to its slots is checked first). */
    hasConsulate: async (consulateId: string) => (await findConsulate(deps.db, consulateId)) !== undefined,
    /** The outbox's number now, and the seat changes a reconnecting console missed since `afterSeq`. */
    catchUp: (sandbox: string, consulateId: string, afterSeq: number | undefined) =>
      catchUpSlotEvents(deps.db, sandbox, consulateId, afterSeq),
  };
}

export type SlotService = ReturnType<typeof createSlotService>;
