import { useIntl } from 'react-intl';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import { useT } from '../../../i18n/use-t';

const minutesSeconds = (seconds: number) => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/** The day's totals, large enough to read from across the room. */
export function DayTotals({ figures }: { figures: DayFigures }) {
  const t = useT();
  const intl = useIntl();
  const items = [
    { id: 'calls', label: t('dayFigures.total.calls'), value: intl.formatNumber(figures.calls) },
    { id: 'ended', label: t('dayFigures.total.endedCalls'), value: intl.formatNumber(figures.endedCalls) },
    { id: 'bookings', label: t('dayFigures.total.bookings'), value: intl.formatNumber(figures.bookings) },
    {
      id: 'avg',
      label: t('dayFigures.total.avgHandle'),
      value:
        figures.avgHandleSeconds === null ? t('dayFigures.none') : minutesSeconds(figures.avgHandleSeconds),
    },
  ];
  return (
    <dl className="day-totals" aria-label={t('dayFigures.totals')}>
      {items.map((item) => (
        <div key={item.id} className="day-totals__item" data-total={item.id}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
