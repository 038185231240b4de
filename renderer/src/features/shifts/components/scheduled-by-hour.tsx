import type { ShiftCoverage } from '../../../../../shared/api/shifts';
import { HourlyChart } from '../../../components/hourly-chart';
import { formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';

const hourText = (hour: number, locale: Locale) =>
  formatWallTime(`${String(hour).padStart(2, '0')}:00`, locale);

/** Operators scheduled in each phone hour, summed up in words under the title. */
export function ScheduledByHour({ byHour, locale }: { byHour: ShiftCoverage['byHour']; locale: Locale }) {
  const t = useT();
  if (byHour.length === 0) return <p className="empty-state">{t('shifts.chart.empty')}</p>;
  const counts = byHour.map((h) => h.scheduled);
  const first = byHour[0]?.hour ?? 0;
  const last = (byHour[byHour.length - 1]?.hour ?? 0) + 1;
  return (
    <HourlyChart
      title={t('shifts.chart.title')}
      summary={t('shifts.chart.summary', {
        from: hourText(first, locale),
        to: hourText(last % 24, locale),
        min: Math.min(...counts),
        max: Math.max(...counts),
      })}
      hourHeading={t('shifts.chart.hour')}
      hourLabel={(hour) => hourText(hour, locale)}
      series={[{ label: t('shifts.chart.scheduled'), tone: 'accent' }]}
      hours={byHour.map((h) => ({ hour: h.hour, values: [h.scheduled] }))}
    />
  );
}
