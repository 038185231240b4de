import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { HourlyQueueFigures } from '../../../../../shared/api/floor/queues';
import { phoneHoursOn } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { hourlyQueueFiguresQuery } from '../../../api/floor';
import { HourlyChart } from '../../../components/hourly-chart';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { queueHourRange } from '../day-hours';

/**
 * The routed calls of the day by the hour their outcome happened: answered and abandoned side by
 * side, then the service level of each hour that had calls (a share does not share a scale with counts).
 */
export function AnsweredByHour({ date }: { date: string }) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const figures = useQuery(hourlyQueueFiguresQuery(api, date));
  if (figures.isError)
    return (
      <p role="alert" className="alert alert--error">
        {t('dayFigures.failed', { reason: errorText(figures.error) })}
      </p>
    );
  if (!figures.data) return null;
  return <AnsweredCharts figures={figures.data} />;
}

function AnsweredCharts({ figures }: { figures: HourlyQueueFigures }) {
  const t = useT();
  const intl = useIntl();
  const { open, close } = phoneHoursOn(figures.date);
  const range = queueHourRange(figures.byHour, open, close);
  const hours = figures.byHour.filter((h) => h.hour >= range.from && h.hour <= range.to);
  const hourLabel = (hour: number) =>
    intl.formatDate(Date.UTC(2000, 0, 1, hour), { hour: 'numeric', timeZone: 'UTC' });
  const level = (value: number | null) =>
    value === null ? t('dayFigures.none') : intl.formatNumber(value, { style: 'percent' });
  const measured = hours.filter((h) => h.serviceLevel !== null);
  return (
    <>
      <HourlyChart
        title={t('dayFigures.answered.title')}
        summary={t('dayFigures.answered.summary', {
          answered: intl.formatNumber(figures.answered),
          abandoned: intl.formatNumber(figures.abandoned),
          level: level(figures.serviceLevel),
        })}
        hourHeading={t('dayFigures.byHour.hour')}
        hourLabel={hourLabel}
        series={[
          { label: t('dayFigures.answered.answered'), tone: 'blue' },
          { label: t('dayFigures.answered.abandoned'), tone: 'accent' },
        ]}
        hours={hours.map((h) => ({ hour: h.hour, values: [h.answered, h.abandoned] }))}
      />
      {measured.length ? (
        <HourlyChart
          title={t('dayFigures.serviceLevel.title')}
          hourHeading={t('dayFigures.byHour.hour')}
          hourLabel={hourLabel}
          series={[{ label: t('dayFigures.serviceLevel.percent'), tone: 'green' }]}
          hours={measured.map((h) => ({ hour: h.hour, values: [Math.round((h.serviceLevel ?? 0) * 100)] }))}
        />
      ) : null}
    </>
  );
}
