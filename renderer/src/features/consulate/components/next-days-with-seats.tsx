import { useQuery } from '@tanstack/react-query';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { useApi } from '../../../api/api-client-context';
import { slotWindow, slotsQuery } from '../../../api/slots';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { formatDayChip } from '../format-day';
import { nextDaysWithSeats } from '../next-days';

/**
 * The first days with free seats, read from the same cached slot page as the grid (same window,
 * patched live); each day is a button that shows it in the grid.
 */
export function NextDaysWithSeats({ consulate, now }: { consulate: Consulate; now: Date }) {
  const t = useT();
  const api = useApi();
  const locale = useConsole((s) => s.locale);
  const jumpToSlotsDate = useConsole((s) => s.jumpToSlotsDate);
  const { from, to } = slotWindow(consulate.timeZone, now);
  const { data, isPending, isError } = useQuery(slotsQuery(api, consulate.id, from, to));
  const days = data ? nextDaysWithSeats(data.items, now) : [];

  return (
    <div className="consulate-next" role="group" aria-label={t('consulate.nextDays')}>
      <span className="consulate-next__label" aria-hidden="true">
        {t('consulate.nextDays.short')}
      </span>
      {isPending ? (
        <span className="consulate-next__muted">{t('consulate.nextDays.loading')}</span>
      ) : isError ? (
        <span className="consulate-next__muted">{t('consulate.nextDays.error')}</span>
      ) : days.length === 0 ? (
        <span className="consulate-next__muted">{t('consulate.nextDays.none')}</span>
      ) : (
        <ul className="consulate-next__days">
          {days.map((day) => {
            const label = formatDayChip(day.date, locale);
            return (
              <li key={day.date}>
                <button
                  type="button"
                  className="consulate-next__day"
                  aria-label={t('consulate.nextDays.day', { day: label, seats: day.seats })}
                  onClick={() => jumpToSlotsDate(day.date)}
                >
                  {t('consulate.nextDays.chip', { day: label, seats: day.seats })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
