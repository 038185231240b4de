import { createRenderCounter } from '../../lib/render-counter';

/**
 * Commits of each floor row, by user id: a live change of one operator re-renders only that
 * operator's row (the floor bench reads it as `window.__miconsuladoFloorRowRenders`).
 */
export const { counter: floorRowRenders, useRenderCount: useFloorRowRenderCount } = createRenderCounter(
  '__miconsuladoFloorRowRenders',
);
