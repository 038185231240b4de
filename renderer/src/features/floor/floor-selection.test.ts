import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  selectedAmong,
  selectionReducer,
  type Selection,
  type SelectionAction,
} from './floor-selection';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const run = (...actions: SelectionAction[]): Selection => actions.reduce(selectionReducer, emptySelection);
const move = (
  m: 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last',
  extend = false,
): SelectionAction => ({ type: 'move', ids, move: m, extend, pageSize: 3 });
const picked = (s: Selection) => [...s.selected].sort();

describe('selecting operators with the keyboard', () => {
  it('moves with the arrows without selecting, and Space toggles the row', () => {
    const s = run(move('down'), move('down'), move('down'));
    expect(s.active).toBe('c');
    expect(picked(s)).toEqual([]);
    expect(picked(run(move('down'), { type: 'toggle', id: 'a' }))).toEqual(['a']);
    expect(picked(run(move('down'), { type: 'toggle', id: 'a' }, { type: 'toggle', id: 'a' }))).toEqual([]);
  });

  it('extends from the anchor with Shift+arrows, and shrinks back when reversing', () => {
    let s = run(move('down'), move('down'), { type: 'toggle', id: 'b' });
    s = selectionReducer(s, move('down', true));
    s = selectionReducer(s, move('down', true));
    expect(s.active).toBe('d');
    expect(picked(s)).toEqual(['b', 'c', 'd']);
    s = selectionReducer(s, move('up', true));
    expect(picked(s)).toEqual(['b', 'c']);
  });

  it('adds a Shift range to what was selected before it', () => {
    let s = run(move('down'), { type: 'toggle', id: 'a' }, move('down'), move('down'), move('down'));
    s = selectionReducer(s, move('down', true));
    expect(picked(s)).toEqual(['a', 'd', 'e']);
  });

  it('pages, goes to the ends, and never leaves the list', () => {
    expect(run(move('down'), move('pageDown')).active).toBe('d');
    expect(run(move('down'), move('pageDown'), move('pageDown')).active).toBe('f');
    expect(run(move('last'), move('down')).active).toBe('f');
    expect(run(move('last'), move('first'), move('up')).active).toBe('a');
  });

  it('Ctrl+A takes the rows shown; clearing empties it', () => {
    const all = run({ type: 'selectAll', ids: ['b', 'd'] });
    expect(picked(all)).toEqual(['b', 'd']);
    expect(picked(selectionReducer(all, { type: 'clear' }))).toEqual([]);
  });

  it('acts only on the selected rows still shown, in their order', () => {
    expect(selectedAmong(['c', 'a', 'b'], new Set(['a', 'c', 'z']))).toEqual(['c', 'a']);
  });
});
