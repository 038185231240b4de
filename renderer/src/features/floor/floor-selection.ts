/**
 * Which operators of the floor are selected and which row has the keyboard, over the rows in the
 * order shown. Arrows move, Space toggles, Shift+arrows extend from the anchor, Ctrl+A takes every
 * row shown. Pure: the table keeps it in a reducer.
 */
export type Selection = {
  /** The row with the keyboard focus (its user id). */
  active: string | null;
  /** Where a Shift+arrow range starts. */
  anchor: string | null;
  selected: ReadonlySet<string>;
  /** The selection before the current Shift range, which the range adds to. */
  base: ReadonlySet<string>;
};

export const emptySelection: Selection = { active: null, anchor: null, selected: new Set(), base: new Set() };

export type Move = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

export type SelectionAction =
  | { type: 'move'; ids: readonly string[]; move: Move; extend: boolean; pageSize: number }
  | { type: 'toggle'; id: string }
  | { type: 'activate'; id: string }
  | { type: 'selectAll'; ids: readonly string[] }
  | { type: 'clear' };

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'move': {
      const { ids } = action;
      if (ids.length === 0) return state;
      const from = state.active === null ? -1 : ids.indexOf(state.active);
      const to = targetIndex(from, ids.length, action.move, action.pageSize);
      const active = ids[to] as string;
      if (!action.extend) return { ...state, active, anchor: active, base: state.selected };
      const anchor =
        state.anchor !== null && ids.includes(state.anchor)
          ? state.anchor
          : (ids[Math.max(from, 0)] as string);
      const [lo, hi] = [ids.indexOf(anchor), to].sort((a, b) => a - b) as [number, number];
      const selected = new Set(state.base);
      for (let i = lo; i <= hi; i++) selected.add(ids[i] as string);
      return { active, anchor, selected, base: state.base };
    }
    case 'toggle': {
      const selected = new Set(state.selected);
      if (selected.has(action.id)) selected.delete(action.id);
      else selected.add(action.id);
      return { active: action.id, anchor: action.id, selected, base: selected };
    }
    case 'activate':
      return { ...state, active: action.id, anchor: action.id, base: state.selected };
    case 'selectAll': {
      const selected = new Set(action.ids);
      return { ...state, selected, base: selected };
    }
    case 'clear':
      return { ...state, selected: new Set(), base: new Set() };
  }
}

function targetIndex(from: number, count: number, move: Move, pageSize: number): number {
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (move) {
    case 'up':
      return from < 0 ? 0 : clamp(from - 1);
    case 'down':
      return from < 0 ? 0 : clamp(from + 1);
    case 'pageUp':
      return clamp(from - pageSize);
    case 'pageDown':
      return clamp(Math.max(from, 0) + pageSize);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** The selected operators among those shown, in the order shown: what the actions apply to. */
export const selectedAmong = (ids: readonly string[], selected: ReadonlySet<string>): string[] =>
  ids.filter((id) => selected.has(id));
