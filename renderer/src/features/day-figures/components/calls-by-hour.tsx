import { useIntl } from 'react-intl';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import { phoneHoursOn } from '../../../../../shared/domain/floor/call-center';
import { HourlyChart } from '../../../components/hourly-chart';
import { useT } from '../../../i18n/use-t';
import { hourRange, hoursBetween } from '../day-hours';

/** Calls and bookings by hour of the call center's day: its phone hours, and any hour busy outside them. */
export function CallsByHour({ figures }: { figures: DayFigures }) {
  const t = useT();
  const intl = useIntl();
  const { open, close } = phoneHoursOn(figures.date);
  const hours = hoursBetween(figures.byHour, hourRange(figures.byHour, open, close));
  return (
    <HourlyChart
      title={t('dayFigures.byHour.title')}
      hourHeading={t('dayFigures.byHour.hour')}
      hourLabel={(hour) => intl.formatDate(Date.UTC(2000, 0, 1, hour), { hour: 'numeric', timeZone: 'UTC' })}
      series={[
        { label: t('dayFigures.byHour.calls'), tone: 'blue' },
        { label: t('dayFigures.byHour.bookings'), tone: 'green' },
      ]}
      hours={hours.map((h) => ({ hour: h.hour, values: [h.calls, h.bookings] }))}
    />
  );
}
