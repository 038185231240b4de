import { describe, expect, it } from 'vitest';
import type { MyStatus } from '../../../shared/api/floor/floor';
import { createStatusBroadcaster } from './status-broadcaster';

const statusWith = (state: MyStatus['state']): MyStatus => ({
  userId: 'u1',
  state,
  since: '2026-03-09T15:00:00.000Z',
  reason: 'console',
  callId: null,
  consoles: 1,
  pendingState: null,
  queue: null,
  reassignment: null,
});

/** A status store whose reads finish only when the test says so. */
function harness(consoles = 1) {
  let current: MyStatus['state'] = 'available';
  const pendingReads: (() => void)[] = [];
  const emitted: MyStatus['state'][] = [];
  const broadcaster = createStatusBroadcaster({
    hasConsoles: () => consoles > 0,
    readStatus: () => new Promise((resolve) => pendingReads.push(() => resolve(statusWith(current)))),
    emit: (_userId, status) => emitted.push(status.state),
    onError: (error) => {
      throw error;
    },
  });
  const finishRead = async () => {
    pendingReads.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    broadcaster,
    emitted,
    pendingReads,
    finishRead,
    set: (state: MyStatus['state']) => (current = state),
  };
}

describe('status broadcaster', () => {
  it('changes during a read lead to one more read, and the last status sent is the latest', async () => {
    const h = harness();
    h.broadcaster.changed('u1');
    h.set('break');
    h.broadcaster.changed('u1');
    h.set('available');
    h.broadcaster.changed('u1');
    expect(h.pendingReads).toHaveLength(1);
    await h.finishRead();
    expect(h.pendingReads).toHaveLength(1);
    await h.finishRead();
    expect(h.pendingReads).toHaveLength(0);
    expect(h.emitted).toEqual(['available', 'available']);
  });

  it('reads nothing for a user without a console', async () => {
    const h = harness(0);
    h.broadcaster.changed('u1');
    await h.finishRead();
    expect(h.pendingReads).toHaveLength(0);
    expect(h.emitted).toEqual([]);
  });
});
