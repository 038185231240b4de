import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../shared/api/slots';
import {
  buildGridModel,
  firstHoldable,
  firstHoldableOn,
  focusTarget,
  positionOf,
  primaryPosition,
  withoutPastDays,
} from './grid-model';

const slot = (
  id: string,
  localStart: string,
  available: number,
  start = '2099-01-01T00:00:00.000Z',
): Slot => ({
  id,
  consulateId: 'PHX',
  start,
  end: start,
  localStart,
  capacity: 3,
  available,
});

const slots = [
  slot('b', '2099-12-01T08:15', 0),
  slot('a', '2099-12-01T08:00', 2),
  slot('c', '2099-12-02T08:00', 1),
  slot('d', '2099-12-05T09:00', 3),
];

describe('the slot grid model', () => {
  it('puts days down and the wall times of the consulate across, leaving out days without slots', () => {
    const model = buildGridModel(slots);
    expect(model.times).toEqual(['08:00', '08:15', '09:00']);
    expect(model.rows.map((r) => r.date)).toEqual(['2099-12-01', '2099-12-02', '2099-12-05']);
    expect(model.rows[0]?.cells.map((c) => c?.id ?? null)).toEqual(['a', 'b', null]);
    expect(model.rows[2]?.cells.map((c) => c?.id ?? null)).toEqual([null, null, 'd']);
  });

  it('finds the first time with seats on a day picked from "next days with seats"', () => {
    const model = buildGridModel(slots);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(firstHoldableOn(model, '2099-12-05', now)).toEqual({ row: 2, col: 2 });
    expect(firstHoldableOn(model, '2099-12-03', now)).toBeNull();
  });

  it('keeps the slot objects themselves, so an unchanged slot keeps its identity', () => {
    const model = buildGridModel(slots);
    expect(model.rows[0]?.cells[0]).toBe(slots[1]);
  });

  it('starts on the previously selected slot, else the first one with seats', () => {
    const model = buildGridModel(slots);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(firstHoldable(model, now)).toEqual({ row: 0, col: 0 });
    expect(primaryPosition(model, null, 'd', now)).toEqual({ row: 2, col: 2 });
    expect(primaryPosition(model, { date: '2099-12-02', time: '08:15' }, 'd', now)).toEqual({
      row: 1,
      col: 1,
    });
    expect(positionOf(model, { date: '2099-12-03', time: '08:00' })).toBeNull();
  });

  it('leaves out a day once all its times have started', () => {
    const model = buildGridModel([
      slot('x', '2026-01-01T08:00', 2, '2026-01-01T14:00:00.000Z'),
      slot('y', '2026-01-01T08:15', 0, '2026-01-01T14:15:00.000Z'),
      slot('z', '2026-01-02T08:00', 1, '2026-01-02T14:00:00.000Z'),
    ]);
    expect(withoutPastDays(model, Date.parse('2026-01-01T14:10:00Z')).rows.map((r) => r.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(withoutPastDays(model, Date.parse('2026-01-01T14:20:00Z')).rows.map((r) => r.date)).toEqual([
      '2026-01-02',
    ]);
    expect(withoutPastDays(model, Date.parse('2025-12-31T00:00:00Z'))).toBe(model);
  });

  it('skips slots that have started or are full when looking for seats', () => {
    const started = [
      slot('x', '2099-12-01T08:00', 2, '2000-01-01T00:00:00.000Z'),
      slot('y', '2099-12-01T08:15', 0),
      slot('z', '2099-12-01T08:30', 1),
    ];
    expect(firstHoldable(buildGridModel(started), Date.parse('2026-01-01T00:00:00Z'))).toEqual({
      row: 0,
      col: 2,
    });
  });

  it('sends focus to the selected slot, or keeps the current cell while it has seats', () => {
    const model = buildGridModel(slots);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(focusTarget(model, { date: '2099-12-01', time: '08:15' }, 'c', now)).toEqual({ row: 1, col: 0 });
    expect(focusTarget(model, { date: '2099-12-05', time: '09:00' }, null, now)).toEqual({ row: 2, col: 2 });
    // The current cell is full: the first with seats instead.
    expect(focusTarget(model, { date: '2099-12-01', time: '08:15' }, null, now)).toEqual({ row: 0, col: 0 });
  });
});
