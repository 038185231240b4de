import { memo, type Ref } from 'react';
import { useIntl } from 'react-intl';
import type { Slot } from '../../../../../shared/api/slots';
import type { Locale } from '../../../i18n/locales';
import { formatWallTime } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useSlotCellRenderCount } from '../slot-cell-renders';

type Props = {
  slot: Slot | null;
  date: string;
  time: string;
  /** The day as said aloud ("martes, 1 de diciembre de 2026"), for the cell's name. */
  dayLabel: string;
  col: number;
  active: boolean;
  selected: boolean;
  /** Started (`past`), or inside the consulate's lead time (`soon`): not bookable whatever its seats. */
  timeState: 'past' | 'soon' | null;
  /** The consulate's lead time, for the `soon` cell's name. */
  leadMinutes: number;
  cellRef?: Ref<HTMLDivElement>;
};

/**
 * One time of one day: its free seats ("3"), "—" when full, blank when there is no slot, has
 * started, or starts too soon to book (inside the consulate's lead time). Memoised
 * on its props (the slot object among them): a live seat change re-renders only its own cell.
 */
export const SlotCell = memo(function SlotCell({
  slot,
  date,
  time,
  dayLabel,
  col,
  active,
  selected,
  timeState,
  leadMinutes,
  cellRef,
}: Props) {
  const t = useT();
  const intl = useIntl();
  useSlotCellRenderCount(slot?.id ?? `${date}T${time}`);
  const timeLabel = formatWallTime(time, intl.locale as Locale);
  const values = { date: dayLabel, time: timeLabel };
  const state = !slot ? 'none' : timeState ? timeState : slot.available === 0 ? 'full' : 'open';
  const label =
    state === 'open'
      ? t('slots.cell.seats', { ...values, seats: (slot as Slot).available })
      : state === 'full'
        ? t('slots.cell.full', values)
        : state === 'past'
          ? t('slots.cell.past', values)
          : state === 'soon'
            ? t('slots.cell.soon', { ...values, minutes: leadMinutes })
            : t('slots.cell.none', values);
  return (
    <div
      ref={cellRef}
      role="gridcell"
      className={`slot-cell slot-cell--${state}${selected ? ' slot-cell--selected' : ''}`}
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-colindex={col + 2}
      aria-selected={selected}
      data-date={date}
      data-time={time}
    >
      <span aria-hidden="true">
        {state === 'open' ? intl.formatNumber((slot as Slot).available) : state === 'full' ? '—' : ''}
      </span>
    </div>
  );
});
