import { describe, expect, it } from 'vitest';
import type { SlotPage } from '../api/slots';
import { applySlotChanges } from './apply-slot-changes';

const slot = (id: string, available: number) => ({
  id,
  consulateId: 'PHX',
  start: '2026-12-01T16:00:00.000Z',
  end: '2026-12-01T16:20:00.000Z',
  localStart: '2026-12-01T09:00',
  capacity: 4,
  available,
});
const page: SlotPage = { items: [slot('a', 3), slot('b', 1), slot('c', 0)], seq: 7 };

describe('applying a live change to the cached slots', () => {
  it('updates only the changed slot: the others keep their identity, so their cells do not re-render', () => {
    const result = applySlotChanges(page, [{ slotId: 'b', available: 0 }], 8);
    expect(result.kind).toBe('applied');
    if (result.kind !== 'applied') return;
    expect(result.page.seq).toBe(8);
    expect(result.page.items[1]?.available).toBe(0);
    expect(result.page.items[0]).toBe(page.items[0]);
    expect(result.page.items[2]).toBe(page.items[2]);
  });

  it('ignores an event the page already includes', () => {
    expect(applySlotChanges(page, [{ slotId: 'a', available: 0 }], 7).kind).toBe('stale');
    expect(applySlotChanges(page, [{ slotId: 'a', available: 0 }], 3).kind).toBe('stale');
  });

  it('reports a gap when an event was missed, so that page is refetched', () => {
    expect(applySlotChanges(page, [{ slotId: 'a', available: 0 }], 9).kind).toBe('gap');
  });

  it('advances the sequence even when the change is for slots outside this page', () => {
    const result = applySlotChanges(page, [{ slotId: 'zzz', available: 2 }], 8);
    expect(result).toEqual({ kind: 'applied', page: { items: page.items, seq: 8 } });
  });

  it('applies a merged event (several numbers at once, as a relay or a catch-up sends) that starts right after the page', () => {
    const result = applySlotChanges(
      page,
      [
        { slotId: 'a', available: 1 },
        { slotId: 'c', available: 2 },
      ],
      12,
      8,
    );
    expect(result.kind).toBe('applied');
    if (result.kind !== 'applied') return;
    expect(result.page.seq).toBe(12);
    expect(result.page.items.map((s) => s.available)).toEqual([1, 1, 2]);
  });

  it('applies a merged event that overlaps what the page includes (values are absolute), and refetches one that starts past it', () => {
    expect(applySlotChanges(page, [{ slotId: 'a', available: 0 }], 10, 5).kind).toBe('applied');
    expect(applySlotChanges(page, [{ slotId: 'a', available: 0 }], 10, 9).kind).toBe('gap');
  });
});
