import { useEffect, useRef, useState } from 'react';
import type { Slot } from '../../../../../shared/api/slots';

/**
 * Notices when a time the operator is looking at (the active cell, the selected one) fills up while
 * they look — a seat taken by another operator — so it can be said in a live region. Seats this
 * console takes itself (`ownSlotIds`: its hold, a hold in flight) do not count. Returns the slot
 * that just filled while it is still looked at and still full, else null.
 */
export function useFilledAnnouncement(
  active: Slot | null,
  selected: Slot | null,
  ownSlotIds: string,
): Slot | null {
  const previous = useRef(new Map<string, number>());
  const [filled, setFilled] = useState<Slot | null>(null);

  useEffect(() => {
    const next = new Map<string, number>();
    let justFilled: Slot | null = null;
    for (const slot of [active, selected]) {
      if (!slot) continue;
      next.set(slot.id, slot.available);
      const before = previous.current.get(slot.id);
      if (
        before !== undefined &&
        before > 0 &&
        slot.available === 0 &&
        !ownSlotIds.split('|').includes(slot.id)
      )
        justFilled = slot;
    }
    previous.current = next;
    if (justFilled) setFilled(justFilled);
  }, [active, selected, ownSlotIds]);

  // Said while it is still looked at and still full: a seat freed again (a hold let go) takes it back.
  const looked = [active, selected].find((slot) => slot !== null && slot.id === filled?.id);
  return looked && looked.available === 0 ? filled : null;
}
