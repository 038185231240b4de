import { describe, expect, it } from 'vitest';
import type { QueueLoad } from '../../../../shared/api/floor/queues';
import { belowTarget, targetAlertChanges, waitNow } from './target-alerts';

const q = (id: string, serviceLevel: number | null, serviceLevelTarget = 0.8) =>
  ({ id, serviceLevel, serviceLevelTarget }) as QueueLoad;

describe('service level alerts', () => {
  it('is below target only with a measured level under it (equal is on target)', () => {
    expect(belowTarget(q('a', 0.79))).toBe(true);
    expect(belowTarget(q('a', 0.8))).toBe(false);
    expect(belowTarget(q('a', null))).toBe(false);
  });

  it('names the queues that fell below and those that came back, once each', () => {
    const first = targetAlertChanges(new Set(), [q('a', 0.5), q('b', 0.9), q('c', null)]);
    expect(first.fell.map((x) => x.id)).toEqual(['a']);
    expect(first.recovered).toEqual([]);
    const same = targetAlertChanges(first.below, [q('a', 0.4), q('b', 0.9), q('c', null)]);
    expect(same.fell).toEqual([]);
    const next = targetAlertChanges(same.below, [q('a', 0.85), q('b', 0.7), q('c', null)]);
    expect(next.fell.map((x) => x.id)).toEqual(['b']);
    expect(next.recovered.map((x) => x.id)).toEqual(['a']);
  });

  it('keeps a wait growing between pushes', () => {
    expect(waitNow(30, 1_000, 1_000)).toBe(30);
    expect(waitNow(30, 1_000, 3_999)).toBe(32);
    expect(waitNow(30, 5_000, 1_000)).toBe(30);
  });
});
