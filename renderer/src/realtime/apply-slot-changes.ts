import type { SlotChange } from '../../../shared/realtime/events';
import type { SlotPage } from '../api/slots';

export type ApplyResult =
  | { kind: 'applied'; page: SlotPage }
  /** The event is already included in the page (its seq is not newer). */
  | { kind: 'stale' }
  /** Events were missed between the page and this one: the page must be refetched. */
  | { kind: 'gap' };

/**
 * Applies one `slots:changed` (numbers `fromSeq`..`seq`) to a cached page. Values are absolute, so
 * an event that overlaps what the page already includes applies cleanly; one that starts past the
 * page's next number means some were missed. Only the changed slots get new objects, so a grid
 * cell memoised on its slot re-renders only when its own seats change.
 */
export function applySlotChanges(
  page: SlotPage,
  changes: readonly SlotChange[],
  seq: number,
  fromSeq = seq,
): ApplyResult {
  if (seq <= page.seq) return { kind: 'stale' };
  if (fromSeq > page.seq + 1) return { kind: 'gap' };
  const bySlot = new Map(changes.map((c) => [c.slotId, c.available]));
  let touched = false;
  const items = page.items.map((slot) => {
    const available = bySlot.get(slot.id);
    if (available === undefined || available === slot.available) return slot;
    touched = true;
    return { ...slot, available };
  });
  return { kind: 'applied', page: { items: touched ? items : page.items, seq } };
}
