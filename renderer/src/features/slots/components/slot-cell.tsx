import { memo, type Ref } from 'react';
import { useIntl } from 'react-intl';
import type { Slot } from '../../../../../shared/api/slots';
import type { Locale } from '../../../i18n/locales';
import { formatWallTime } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useRenderCount } from '../render-counter';

type Props = {
  slot: Slot | null;
  date: string;
  time: string;
  /** The day as said aloud ("martes, 1 de diciembre de 2026"), for the cell's name. */
  dayLabel: string;
  col: number;
  active: boolean;
  selected: boolean;
  past: boolean;
  cellRef?: Ref<HTMLDivElement>;
};

/**
 * One time of one day: its free seats ("3"), "—" when full, blank when there is no slot. Memoised
 * on its props (the slot object among them): a live seat change re-renders only its own cell.
 */
export const SlotCell = memo(function SlotCell({ slot, date, time, dayLabel, col, active, selected, past, cellRef }: Props) {
  const t = useT();
  const intl = useIntl();
  useRenderCount(slot?.id ?? `${date}T${time}`);
  const timeLabel = formatWallTime(time, intl.locale as Locale);
  const values = { date: dayLabel, time: timeLabel };
  const state = !slot ? 'none' : past ? 'past' : slot.available === 0 ? 'full' : 'open';
  const label =
    state === 'open'
      ? t('slots.cell.seats', { ...values, seats: (slot as Slot).available })
      : state === 'full'
        ? t('slots.cell.full', values)
        : state === 'past'
          ? t('slots.cell.past', values)
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
      <span aria-hidden="true">{state === 'open' ? intl.formatNumber((slot as Slot).available) : state === 'full' ? '—' : ''}</span>
    </div>
  );
});
