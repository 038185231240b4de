import { memo } from 'react';
import { formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import type { Slot } from '../../../../../shared/api/slots';
import { seatsOf } from '../day-seats';

type Props = {
  caption: string;
  slots: readonly Slot[];
  locale: Locale;
  /** Null when the seats cannot be changed (a closed day). */
  onEdit: ((slotId: string) => void) | null;
};

/** The day's times with their seats: capacity, taken (held and booked) and available. */
export function DaySlotsTable({ caption, slots, locale, onEdit }: Props) {
  const t = useT();
  return (
    <table className="capacity-table">
      <caption className="capacity-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('capacity.seats.col.time')}</th>
          <th scope="col" className="capacity-table__number">
            {t('capacity.seats.col.capacity')}
          </th>
          <th scope="col" className="capacity-table__number">
            {t('capacity.seats.col.taken')}
          </th>
          <th scope="col" className="capacity-table__number">
            {t('capacity.seats.col.available')}
          </th>
          {onEdit ? (
            <th scope="col">
              <span className="visually-hidden">{t('capacity.seats.col.action')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => (
          <SlotRow key={slot.id} slot={slot} locale={locale} onEdit={onEdit} />
        ))}
      </tbody>
    </table>
  );
}

/** A row re-renders only when its own slot object changes (live updates replace only changed slots). */
const SlotRow = memo(function SlotRow({
  slot,
  locale,
  onEdit,
}: {
  slot: Slot;
  locale: Locale;
  onEdit: Props['onEdit'];
}) {
  const t = useT();
  const row = seatsOf(slot);
  const time = formatWallTime(row.time, locale);
  return (
    <tr className={row.available === 0 ? 'is-full' : undefined}>
      <th scope="row">{time}</th>
      <td className="capacity-table__number">{row.capacity}</td>
      <td className="capacity-table__number">{row.taken}</td>
      <td className="capacity-table__number">{row.available}</td>
      {onEdit ? (
        <td>
          <button
            type="button"
            className="button button--ghost capacity-table__edit"
            aria-label={t('capacity.seats.editLabel', { time })}
            onClick={() => onEdit(row.slot.id)}
          >
            {t('capacity.seats.edit')}
          </button>
        </td>
      ) : null}
    </tr>
  );
});
