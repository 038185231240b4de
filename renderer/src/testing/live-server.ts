import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * For a test file whose tests wait on the real test server and its socket. Loads and live events
 * cross a real server and socket, so waits allow for a machine busy with parallel tests; what a
 * test makes there (holds, appointments) is undone after it, latest first, through the function
 * returned (an undo that fails, because the record is already gone, is ignored).
 */
export function onLiveServer(): { undoAfterEach: (undo: () => Promise<unknown>) => void } {
  configure({ asyncUtilTimeout: 5_000 });
  const undos: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    while (undos.length)
      await undos
        .pop()?.()
        .catch(() => undefined);
  });
  return { undoAfterEach: (undo) => void undos.push(undo) };
}
