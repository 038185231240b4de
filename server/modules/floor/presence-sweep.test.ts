import { afterEach, describe, expect, it } from 'vitest';
import { createPresenceSweep, type PresenceSweep } from './presence-sweep';

let sweep: PresenceSweep | null = null;
afterEach(() => sweep?.stop());

/** A floor where the database holds `online` users online and `connected` have a console somewhere. */
function floor(options: { online: string[]; connected: string[]; leader?: () => boolean }) {
  const gone: string[] = [];
  const errors: unknown[] = [];
  const state = { online: new Set(options.online), connected: new Set(options.connected) };
  sweep = createPresenceSweep({
    intervalMs: 60_000,
    heldOnline: async () => [...state.online],
    connected: async () => state.connected,
    gone: async (userId) => {
      gone.push(userId);
      state.online.delete(userId);
    },
    claim: async () => options.leader?.() ?? true,
    onError: (error) => errors.push(error),
  });
  return { sweep, gone, errors, state };
}

describe('presence sweep (users of an instance that died)', () => {
  it('reports a user held online without a console anywhere only at the second sweep, a whole interval later', async () => {
    const f = floor({ online: ['u1', 'u2'], connected: ['u2'] });
    await f.sweep.sweep();
    expect(f.gone).toEqual([]);
    await f.sweep.sweep();
    expect(f.gone).toEqual(['u1']);
    await f.sweep.sweep();
    expect(f.gone).toEqual(['u1']);
  });

  it('forgets a user whose console reconnected (on any instance) between two sweeps', async () => {
    const f = floor({ online: ['u1'], connected: [] });
    await f.sweep.sweep();
    f.state.connected.add('u1');
    await f.sweep.sweep();
    f.state.connected.delete('u1');
    await f.sweep.sweep();
    expect(f.gone).toEqual([]);
    await f.sweep.sweep();
    expect(f.gone).toEqual(['u1']);
  });

  it('sweeps only while this instance holds the lease, and starts over when it gets it back', async () => {
    let leader = true;
    const f = floor({ online: ['u1'], connected: [], leader: () => leader });
    await f.sweep.sweep();
    leader = false;
    await f.sweep.sweep();
    leader = true;
    await f.sweep.sweep();
    expect(f.gone).toEqual([]);
    await f.sweep.sweep();
    expect(f.gone).toEqual(['u1']);
  });

  it('declares nobody gone when an instance does not answer who is connected', async () => {
    const f = floor({ online: ['u1'], connected: [] });
    await f.sweep.sweep();
    const failing = createPresenceSweep({
      intervalMs: 60_000,
      heldOnline: async () => ['u1'],
      connected: () => Promise.reject(new Error('timeout reached: only 1 responses received out of 2')),
      gone: async (userId) => void f.gone.push(userId),
      claim: async () => true,
      onError: (error) => f.errors.push(error),
    });
    await failing.sweep();
    await failing.sweep();
    failing.stop();
    expect(f.gone).toEqual([]);
    expect(f.errors).toHaveLength(2);
  });
});
