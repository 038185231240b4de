import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useRef,
  type Dispatch,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { FloorOperator } from '../../../../../shared/api/floor/floor';
import type { MessageId } from '../../../i18n/catalog';
import { useT } from '../../../i18n/use-t';
import type { FloorSort, SortColumn } from '../floor-rows';
import type { Move, Selection, SelectionAction } from '../floor-selection';
import { FloorRow } from './floor-row';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const COLUMNS = 9;
/** Before layout is known, and where there is none (jsdom): about a dozen rows. */
const FALLBACK_RECT: Rect = { width: 1100, height: 440 };

const columns: { id: SortColumn; label: MessageId; numeric?: boolean }[] = [
  { id: 'name', label: 'floor.col.name' },
  { id: 'state', label: 'floor.col.state' },
  { id: 'since', label: 'floor.col.since', numeric: true },
  { id: 'queue', label: 'floor.col.queue' },
  { id: 'calls', label: 'floor.col.calls', numeric: true },
  { id: 'bookings', label: 'floor.col.bookings', numeric: true },
  { id: 'avgHandle', label: 'floor.col.avgHandle', numeric: true },
  { id: 'onShift', label: 'floor.col.onShift' },
  { id: 'reassignment', label: 'floor.col.reassignment' },
];

type Props = {
  rows: readonly FloorOperator[];
  ids: readonly string[];
  selection: Selection;
  dispatch: Dispatch<SelectionAction>;
  sort: FloorSort;
  onSort: (column: SortColumn) => void;
  queueName: (queueId: string | null) => string;
  label: string;
  describedBy?: string;
  /** Changes when focus must go to the active row (after a keyboard move, or when asked). */
  focusToken: number;
  onKeyboardMove: () => void;
};

const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

const keyMoves: Record<string, Move> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'first',
  End: 'last',
};

/**
 * The floor as an ARIA grid with rows that can be selected (aria-multiselectable): only the rows in
 * view are in the DOM (virtualised, spacer rows keep the scroll height), the header stays on top,
 * each column header sorts (aria-sort). One tab stop: the active row.
 */
export function FloorTable({
  rows,
  ids,
  selection,
  dispatch,
  sort,
  onSort,
  queueName,
  label,
  describedBy,
  focusToken,
  onKeyboardMove,
}: Props) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const activeRowRef = useRef<HTMLTableRowElement | null>(null);
  const activeIndex = selection.active === null ? -1 : ids.indexOf(selection.active);

  // The active row is always rendered, so the tab stop (and the focus) never disappears.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex))
        return [...indexes, activeIndex].sort((a, b) => a - b);
      return indexes;
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.userId ?? index,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
  });

  useLayoutEffect(() => {
    if (focusToken > 0) activeRowRef.current?.focus();
  }, [focusToken]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!(event.target instanceof HTMLTableRowElement) || event.altKey) return;
    const mod = event.ctrlKey || event.metaKey;
    const move = keyMoves[event.key];
    if (move) {
      event.preventDefault();
      const pageSize = Math.max(
        1,
        Math.floor((virtualizer.scrollRect?.height ?? FALLBACK_RECT.height) / ROW_HEIGHT) - 1,
      );
      dispatch({ type: 'move', ids, move, extend: event.shiftKey, pageSize });
      onKeyboardMove();
    } else if (event.key === ' ' && !mod) {
      event.preventDefault();
      const id = selection.active ?? event.target.dataset.userId;
      if (id) dispatch({ type: 'toggle', id });
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      dispatch({ type: 'selectAll', ids });
    } else if (event.key === 'Escape' && selection.selected.size > 0) {
      event.preventDefault();
      dispatch({ type: 'clear' });
    }
  };

  // A click toggles the row, like a checkbox list; the keyboard follows it.
  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('tr[data-user-id]')?.dataset.userId;
    if (id) dispatch({ type: 'toggle', id });
  };
  // Tabbing in, or a screen reader's own navigation, makes the focused row the active one.
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const id = event.target instanceof HTMLTableRowElement ? event.target.dataset.userId : undefined;
    if (id && id !== selection.active) dispatch({ type: 'activate', id });
  };

  const items = virtualizer.getVirtualItems();
  const body: ReactNode[] = [];
  let end = 0;
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    const start = item.start - HEADER_HEIGHT;
    if (start > end) body.push(<Spacer key={`gap-${item.index}`} height={start - end} />);
    end = start + item.size;
    const active = item.index === activeIndex;
    body.push(
      <FloorRow
        key={row.userId}
        operator={row}
        rowIndex={item.index + 2}
        selected={selection.selected.has(row.userId)}
        active={active}
        tabStop={activeIndex < 0 && item.index === 0}
        queueName={queueName(row.queueId)}
        targetQueueName={row.reassignment ? queueName(row.reassignment.toQueueId) : null}
        rowRef={active ? activeRowRef : undefined}
      />,
    );
  }
  const total = virtualizer.getTotalSize();
  if (total > end) body.push(<Spacer key="gap-end" height={total - end} />);

  return (
    <div ref={scrollRef} className="floor-table__scroll">
      <table
        role="grid"
        className="floor-table"
        aria-label={label}
        aria-describedby={describedBy}
        aria-multiselectable="true"
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS}
      >
        <colgroup>
          <col className="floor-col--name" />
          <col className="floor-col--state" />
          <col className="floor-col--num" />
          <col className="floor-col--queue" />
          <col className="floor-col--count" />
          <col className="floor-col--count" />
          <col className="floor-col--count" />
          <col className="floor-col--shift" />
          <col className="floor-col--reassignment" />
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            {columns.map((c) => (
              <th
                key={c.id}
                role="columnheader"
                scope="col"
                className={c.numeric ? 'floor-th floor-th--number' : 'floor-th'}
                aria-sort={sort.column === c.id ? sort.direction : undefined}
              >
                <button type="button" className="floor-sort" onClick={() => onSort(c.id)}>
                  {t(c.label)}
                  <span className="floor-sort__arrow" aria-hidden="true">
                    {sort.column === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown} onClick={onClick} onFocus={onFocus}>
          {body}
        </tbody>
      </table>
    </div>
  );
}

/** Stands for the rows out of view, so the scroll bar is the whole floor's. */
const Spacer = ({ height }: { height: number }) => (
  <tr aria-hidden="true" className="floor-spacer" style={{ height }}>
    <td colSpan={COLUMNS} />
  </tr>
);
