/**
 * The slots module's public entry: what other modules and the composition root may use. Seats move
 * only through the seat ledger, inside the caller's transaction, and every move is written to the
 * outbox (`SlotChangeLog`) in that same transaction.
 */
export { createSlotService, type SlotService } from './slot-service';
export type { SlotDeps } from './slot-deps';
export { slotRoutes } from './slot-routes';
export { slotSocketHandlers } from './slot-handlers';
export { createSlotOutbox, type SlotOutbox } from './outbox/slot-outbox';
export type { SlotChangeLog } from './outbox/slot-change-log';
export { moveSeat, setLiveCapacity, type SeatCounts } from './seat-ledger';
export {
  findSlot,
  findSlotForBooking,
  isDayClosed,
  listSlots as listSlotRows,
  toSlotView,
  type SlotForBooking,
  type SlotView,
  type SlotViewRow,
} from './slot-repository';
export { publishSlots } from './publish-slots';
export { bookableFrom, presentBookableSlot, presentSlot } from './present-slot';
