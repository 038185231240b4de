import { addDays } from '../../../../shared/domain/time/local-date';
import type { GridModel, GridPosition } from './grid-model';

export type NavigationKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

/**
 * Where the ARIA grid's keyboard model moves from `pos`: arrows one cell (stopping at the edges,
 * skipping nothing), Home/End the row's ends, Ctrl+Home/End the grid's ends, PageUp/PageDown a
 * calendar week (to the nearest shown day). Null when the key is not a navigation key.
 */
export function nextPosition(model: GridModel, pos: GridPosition, event: NavigationKey): GridPosition | null {
  if (event.altKey || event.shiftKey) return null;
  const lastRow = model.rows.length - 1;
  const lastCol = model.times.length - 1;
  if (lastRow < 0 || lastCol < 0) return null;
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowRight':
      return ctrl ? null : { row: pos.row, col: clamp(pos.col + 1, 0, lastCol) };
    case 'ArrowLeft':
      return ctrl ? null : { row: pos.row, col: clamp(pos.col - 1, 0, lastCol) };
    case 'ArrowDown':
      return ctrl ? null : { row: clamp(pos.row + 1, 0, lastRow), col: pos.col };
    case 'ArrowUp':
      return ctrl ? null : { row: clamp(pos.row - 1, 0, lastRow), col: pos.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: pos.row, col: lastCol };
    case 'PageDown':
      return ctrl ? null : { row: rowByWeek(model, pos.row, 7), col: pos.col };
    case 'PageUp':
      return ctrl ? null : { row: rowByWeek(model, pos.row, -7), col: pos.col };
    default:
      return null;
  }
}

/** The shown day nearest to `days` calendar days away, never past the grid's ends. */
function rowByWeek(model: GridModel, row: number, days: number): number {
  const from = model.rows[row]?.date;
  if (from === undefined) return row;
  const target = addDays(from, days);
  if (days > 0) {
    const index = model.rows.findIndex((r) => r.date >= target);
    return index < 0 ? model.rows.length - 1 : index;
  }
  for (let i = model.rows.length - 1; i >= 0; i--)
    if ((model.rows[i] as { date: string }).date <= target) return i;
  return 0;
}
