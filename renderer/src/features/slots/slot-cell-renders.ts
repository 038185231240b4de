import { createRenderCounter } from '../../lib/render-counter';

/** Commits of each grid cell, by slot id: a live seat change re-renders only the cell that changed. */
export const { counter: slotCellRenders, useRenderCount: useSlotCellRenderCount } = createRenderCounter(
  '__miconsuladoSlotCellRenders',
);
