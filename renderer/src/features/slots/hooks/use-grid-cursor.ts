import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useConsoleStore } from '../../../stores/console-store-context';
import {
  firstHoldableOn,
  focusTarget,
  keyAt,
  primaryPosition,
  type CellKey,
  type GridModel,
  type GridPosition,
} from '../grid-model';
import { useSlotsFocusRequest } from './use-slots-focus-request';

export type GridCursor = {
  /** The active cell (the grid's one tab stop), or null while there is no cell. */
  position: GridPosition | null;
  activeCellRef: RefObject<HTMLDivElement | null>;
  /** Changes whenever focus must move to the active cell. */
  focusToken: number;
  moveTo: (key: CellKey, moveFocus: boolean) => void;
};

/**
 * The grid's roving tab stop, kept by date and time: starts on the previously selected slot or the
 * first with seats, then stays where the operator put it while seats change live. A request to
 * focus the slots panel sends it (and focus) to the day asked for ("next days with seats"), else
 * the selected slot or a cell with seats.
 */
export function useGridCursor(
  model: GridModel,
  selectedSlotId: string | null,
  bookableFromMs: number,
  focusServed: RefObject<number>,
  leadMs = 0,
): GridCursor {
  const [active, setActive] = useState<CellKey | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const position = primaryPosition(model, active, selectedSlotId, bookableFromMs);
  useEffect(() => {
    if (active === null && position) setActive(keyAt(model, position));
  }, [active, position, model]);

  const activeCellRef = useRef<HTMLDivElement | null>(null);
  const moveTo = useCallback((key: CellKey, moveFocus: boolean) => {
    setActive(key);
    if (moveFocus) setFocusToken((n) => n + 1);
  }, []);
  const store = useConsoleStore();
  const onFocusRequest = useCallback(() => {
    const { slotsJumpToDate, clearSlotsJump } = store.getState();
    if (slotsJumpToDate) clearSlotsJump();
    const bookableNow = Date.now() + leadMs;
    const onDay = slotsJumpToDate ? firstHoldableOn(model, slotsJumpToDate, bookableNow) : null;
    const target = onDay ?? focusTarget(model, active, selectedSlotId, bookableNow);
    const key = target && keyAt(model, target);
    if (key) setActive(key);
    setFocusToken((n) => n + 1);
  }, [model, active, selectedSlotId, store, leadMs]);
  useSlotsFocusRequest(position !== null, focusServed, onFocusRequest);

  return { position, activeCellRef, focusToken, moveTo };
}
