import type { Slot } from '../../../../shared/api/slots';

/** One day of the grid: its consulate-local date and, per time column, the slot (or null). */
export type GridRow = { date: string; cells: readonly (Slot | null)[] };

/** The slot grid as the operator sees it: days down, the consulate's wall times across. */
export type GridModel = { times: readonly string[]; rows: readonly GridRow[] };

/** A cell by what it shows (date and wall time), so a position survives data changes. */
export type CellKey = { date: string; time: string };

export const localDateOf = (slot: Pick<Slot, 'localStart'>): string => slot.localStart.slice(0, 10);
export const wallTimeOf = (slot: Pick<Slot, 'localStart'>): string => slot.localStart.slice(11, 16);

/**
 * Groups a consulate's slots by local date and wall time. Days without any slot (weekends,
 * closures) are left out; cells keep the slot objects themselves, so a cell memoised on its slot
 * re-renders only when that slot changes.
 */
export function buildGridModel(slots: readonly Slot[]): GridModel {
  const timeSet = new Set<string>();
  const byDate = new Map<string, Map<string, Slot>>();
  for (const slot of slots) {
    const date = localDateOf(slot);
    const time = wallTimeOf(slot);
    timeSet.add(time);
    let day = byDate.get(date);
    if (!day) {
      day = new Map();
      byDate.set(date, day);
    }
    day.set(time, slot);
  }
  const times = [...timeSet].sort();
  const rows = [...byDate.keys()].sort().map((date) => {
    const day = byDate.get(date) as Map<string, Slot>;
    return { date, cells: times.map((time) => day.get(time) ?? null) };
  });
  return { times, rows };
}

/** Leaves out the days whose times have all started (today, once the office has closed). */
export function withoutPastDays(model: GridModel, nowMs: number): GridModel {
  const rows = model.rows.filter((row) =>
    row.cells.some((slot) => slot !== null && Date.parse(slot.start) > nowMs),
  );
  return rows.length === model.rows.length ? model : { times: model.times, rows };
}

/**
 * A slot can be held when it has a free seat and starts after `bookableFromMs`: now plus the
 * consulate's lead time (booking closes that long before a time starts; the server shows such a
 * slot with no seat and refuses it). The grid's other functions take the same instant.
 */
export const isHoldable = (slot: Slot | null, bookableFromMs: number): slot is Slot =>
  slot !== null && slot.available > 0 && Date.parse(slot.start) > bookableFromMs;

/** The first instant a slot may start at to be booked now, at a consulate with this lead time. */
export const bookableFromMs = (nowMs: number, minLeadMinutes: number) => nowMs + minLeadMinutes * 60_000;

/** What a cell says about time: started, too soon to book (inside the lead time), or bookable. */
export function timeStateOf(
  slot: Pick<Slot, 'start'>,
  nowMs: number,
  bookableFrom: number,
): 'past' | 'soon' | null {
  const start = Date.parse(slot.start);
  if (start <= nowMs) return 'past';
  return start <= bookableFrom ? 'soon' : null;
}

export type GridPosition = { row: number; col: number };

/** Where a cell key sits in the model, or null when that day or time is not shown. */
export function positionOf(model: GridModel, key: CellKey | null): GridPosition | null {
  if (!key) return null;
  const row = model.rows.findIndex((r) => r.date === key.date);
  const col = model.times.indexOf(key.time);
  return row < 0 || col < 0 ? null : { row, col };
}

export function keyAt(model: GridModel, pos: GridPosition): CellKey | null {
  const row = model.rows[pos.row];
  const time = model.times[pos.col];
  return row && time ? { date: row.date, time } : null;
}

export const slotAt = (model: GridModel, pos: GridPosition | null): Slot | null =>
  pos ? (model.rows[pos.row]?.cells[pos.col] ?? null) : null;

/** The first cell that can be held (in date, then time order), or null. */
export function firstHoldable(model: GridModel, nowMs: number): GridPosition | null {
  for (let row = 0; row < model.rows.length; row++) {
    const cells = (model.rows[row] as GridRow).cells;
    for (let col = 0; col < cells.length; col++)
      if (isHoldable(cells[col] ?? null, nowMs)) return { row, col };
  }
  return null;
}

/** The first cell that can be held on that local date, or null (a day picked from "next days with seats"). */
export function firstHoldableOn(model: GridModel, date: string, nowMs: number): GridPosition | null {
  const row = model.rows.findIndex((r) => r.date === date);
  if (row < 0) return null;
  const col = (model.rows[row] as GridRow).cells.findIndex((slot) => isHoldable(slot, nowMs));
  return col < 0 ? null : { row, col };
}

/** The slot with this id, by position, or null. */
export function positionOfSlot(model: GridModel, slotId: string | null): GridPosition | null {
  if (!slotId) return null;
  for (let row = 0; row < model.rows.length; row++) {
    const col = (model.rows[row] as GridRow).cells.findIndex((c) => c?.id === slotId);
    if (col >= 0) return { row, col };
  }
  return null;
}

/**
 * The cell the grid starts on (and returns to when asked to focus): the one already chosen if it
 * is still shown, else the previously selected slot, else the first one with seats, else the first.
 */
export function primaryPosition(
  model: GridModel,
  active: CellKey | null,
  selectedSlotId: string | null,
  nowMs: number,
): GridPosition | null {
  if (model.rows.length === 0 || model.times.length === 0) return null;
  return (
    positionOf(model, active) ??
    positionOfSlot(model, selectedSlotId) ??
    firstHoldable(model, nowMs) ?? { row: 0, col: 0 }
  );
}

/**
 * Where focus goes when the operator asks for the grid (Alt+4, or the previous step done): the
 * previously selected slot, else the current cell if it still has seats, else the first with seats.
 */
export function focusTarget(
  model: GridModel,
  active: CellKey | null,
  selectedSlotId: string | null,
  nowMs: number,
): GridPosition | null {
  if (model.rows.length === 0 || model.times.length === 0) return null;
  const selected = positionOfSlot(model, selectedSlotId);
  if (selected) return selected;
  const current = positionOf(model, active);
  if (current && isHoldable(slotAt(model, current), nowMs)) return current;
  return firstHoldable(model, nowMs) ?? current ?? { row: 0, col: 0 };
}
