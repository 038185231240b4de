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
  useMemo,
  useRef,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useIntl } from 'react-intl';
import type { Slot } from '../../../../../shared/api/slots';
import { formatLocalDate, formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { keyAt, timeStateOf, type CellKey, type GridModel, type GridPosition } from '../grid-model';
import { nextPosition } from '../grid-navigation';
import { SlotCell } from './slot-cell';
import './slot-grid.css';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 44;
/** Used before layout is known, and where there is none (jsdom): about a dozen days. */
const FALLBACK_RECT: Rect = { width: 640, height: 400 };

type Props = {
  model: GridModel;
  position: GridPosition;
  selectedSlotId: string | null;
  nowMs: number;
  /** Now plus the consulate's lead time: slots starting before it cannot be booked. */
  bookableFromMs: number;
  leadMinutes: number;
  label: string;
  describedBy?: string;
  activeCellRef: RefObject<HTMLDivElement | null>;
  /** Changes when focus must go to the active cell (after it moved, or when the panel is asked). */
  focusToken: number;
  onActiveChange: (key: CellKey, moveFocus: boolean) => void;
  onHold: (slot: Slot | null) => void;
};

/** Measures the scroll box, falling back to a nominal size while it has none. */
const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

/**
 * The ARIA grid of one consulate's times: days down (virtualised), wall times across, one tab
 * stop (roving tabindex). Arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move; Enter holds.
 */
export function SlotGrid({
  model,
  position,
  selectedSlotId,
  nowMs,
  bookableFromMs,
  leadMinutes,
  label,
  describedBy,
  activeCellRef,
  focusToken,
  onActiveChange,
  onHold,
}: Props) {
  const intl = useIntl();
  const t = useT();
  const locale = intl.locale as Locale;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const activeRow = position.row;

  // The active row is always rendered, so the tab stop (and the focus) never disappears.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeRow < range.count && !indexes.includes(activeRow))
        return [...indexes, activeRow].sort((a, b) => a - b);
      return indexes;
    },
    [activeRow],
  );

  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: model.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
  });

  // After the render that moved the tab stop: the active row is rendered (see rangeExtractor).
  useLayoutEffect(() => {
    if (focusToken > 0) activeCellRef.current?.focus();
  }, [focusToken, activeCellRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'gridcell') return;
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      onHold(model.rows[position.row]?.cells[position.col] ?? null);
      return;
    }
    const next = nextPosition(model, position, event);
    if (!next) return;
    event.preventDefault();
    if (next.row === position.row && next.col === position.col) return;
    const key = keyAt(model, next);
    if (!key) return;
    onActiveChange(key, true);
  };

  // A click or a screen reader's own navigation moves the tab stop too.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const { date, time } = (event.target as HTMLElement).dataset;
    if (date && time && (model.rows[position.row]?.date !== date || model.times[position.col] !== time))
      onActiveChange({ date, time }, false);
  };

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const { date, time } =
      (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]')?.dataset ?? {};
    const row = model.rows.find((r) => r.date === date);
    const col = time ? model.times.indexOf(time) : -1;
    if (row && col >= 0) onHold(row.cells[col] ?? null);
  };

  const hourGroups = useMemo(() => groupByHour(model.times), [model.times]);
  const style = {
    '--slot-cols': model.times.length,
    '--slot-row-h': `${ROW_HEIGHT}px`,
    '--slot-header-h': `${HEADER_HEIGHT}px`,
  } as CSSProperties;

  return (
    <div
      ref={scrollRef}
      role="grid"
      className="slot-grid"
      style={style}
      aria-label={label}
      aria-describedby={describedBy}
      aria-rowcount={model.rows.length + 1}
      aria-colcount={model.times.length + 1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDoubleClick={onDoubleClick}
    >
      <div role="rowgroup" className="slot-grid__head">
        <div className="slot-grid__hours" aria-hidden="true">
          <span />
          {hourGroups.map((g, i) => (
            <span key={i} style={{ gridColumn: `span ${g.span}` }}>
              {intl.formatDate(Date.UTC(2000, 0, 1, g.hour), { hour: 'numeric', timeZone: 'UTC' })}
            </span>
          ))}
        </div>
        <div role="row" aria-rowindex={1} className="slot-grid__row slot-grid__row--head">
          <span role="columnheader" aria-colindex={1} className="slot-grid__corner">
            {t('slots.dayColumn')}
          </span>
          {model.times.map((time, col) => (
            <span key={time} role="columnheader" aria-colindex={col + 2} className="slot-grid__time">
              <span aria-hidden="true">{time.slice(3)}</span>
              <span className="visually-hidden">{formatWallTime(time, locale)}</span>
            </span>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="slot-grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = model.rows[item.index];
          if (!row) return null;
          const dayLabel = formatLocalDate(row.date, locale, 'long');
          return (
            <div
              key={row.date}
              role="row"
              aria-rowindex={item.index + 2}
              className="slot-grid__row"
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
            >
              <span role="rowheader" className="slot-grid__day" aria-label={dayLabel}>
                <span aria-hidden="true">{formatLocalDate(row.date, locale)}</span>
              </span>
              {row.cells.map((slot, col) => {
                const time = model.times[col] as string;
                const active = item.index === position.row && col === position.col;
                return (
                  <SlotCell
                    key={slot?.id ?? `${row.date}T${time}`}
                    slot={slot}
                    date={row.date}
                    time={time}
                    dayLabel={dayLabel}
                    col={col}
                    active={active}
                    selected={slot !== null && slot.id === selectedSlotId}
                    timeState={slot === null ? null : timeStateOf(slot, nowMs, bookableFromMs)}
                    leadMinutes={leadMinutes}
                    cellRef={active ? activeCellRef : undefined}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Consecutive wall times of the same hour, for the hour labels over the minute columns. */
function groupByHour(times: readonly string[]): { hour: number; span: number }[] {
  const groups: { hour: number; span: number }[] = [];
  for (const time of times) {
    const hour = Number(time.slice(0, 2));
    const last = groups[groups.length - 1];
    if (last && last.hour === hour) last.span++;
    else groups.push({ hour, span: 1 });
  }
  return groups;
}
