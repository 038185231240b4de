import type { SlotListQuery } from '../../../shared/api/slots';
import type { Actor } from '../../kernel/actor';
import { listSlots } from './list-slots';
import { setSlotCapacity } from './set-slot-capacity';
import type { SlotDeps } from './slot-deps';

/** The slots module's service: what its routes and socket events ask of it. */
export function createSlotService(deps: SlotDeps) {
  return {
    listSlots: (actor: Actor, query: SlotListQuery) => listSlots(deps, actor, query),
    setSlotCapacity: (actor: Actor, slotId: string, capacity: number) => setSlotCapacity(deps, actor, slotId, capacity),
  };
}

export type SlotService = ReturnType<typeof createSlotService>;
