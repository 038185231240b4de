import { describe, expect, it } from 'vitest';
import type { QueueLoad } from '../../../shared/api/floor/queues';
import { applyQueueChanges } from './apply-queue-changes';

const q = (id: string, waiting: number) => ({ id, waiting }) as QueueLoad;

describe('applying queues:changed', () => {
  it('replaces the queues that changed and keeps the others’ objects', () => {
    const cached = [q('a', 0), q('b', 1), q('c', 2)];
    const next = applyQueueChanges(cached, [q('b', 3)]);
    expect(next.map((x) => x.waiting)).toEqual([0, 3, 2]);
    expect(next[0]).toBe(cached[0]);
    expect(next[2]).toBe(cached[2]);
  });

  it('gives back the same list when nothing differs, and adds a queue it did not have', () => {
    const cached = [q('a', 0)];
    expect(applyQueueChanges(cached, [q('a', 0)])).toBe(cached);
    expect(applyQueueChanges(cached, [q('z', 4)]).map((x) => x.id)).toEqual(['a', 'z']);
  });
});
