import { useQuery } from '@tanstack/react-query';
import { CALL_CENTER_TIME_ZONE, callCenterToday } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { dayFiguresQuery } from '../../../api/floor';
import { Panel } from '../../../components/panel';
import { formatCalendarDate, formatTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { AnsweredByHour } from './answered-by-hour';
import { CallsByHour } from './calls-by-hour';
import { DayTotals } from './day-totals';
import { WrapUpBars } from './wrap-up-bars';
import './day-figures.css';

/**
 * The call center's day in figures (Mexico City's date): totals, calls and bookings by hour, routed
 * calls answered and abandoned and the service level by hour, and how the calls ended. Refetched every 45 seconds while shown.
 */
export function DayFiguresPanel() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale) as Locale;
  const date = callCenterToday(new Date());
  const figures = useQuery(dayFiguresQuery(api, date));
  const data = figures.data;

  return (
    <Panel title={t('dayFigures.title')} className="day-figures-panel">
      <p className="day-figures__day">
        {t('dayFigures.day', {
          date: formatCalendarDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long' }),
        })}
        {data
          ? ` · ${t('dayFigures.updated', { time: formatTime(new Date(figures.dataUpdatedAt), CALL_CENTER_TIME_ZONE, locale) })}`
          : null}
      </p>
      {data ? (
        <div className="day-figures">
          <DayTotals figures={data} />
          <CallsByHour figures={data} />
          <AnsweredByHour date={date} />
          <WrapUpBars figures={data} />
        </div>
      ) : figures.isError ? (
        <p role="alert" className="alert alert--error">
          {t('dayFigures.failed', { reason: errorText(figures.error) })}
        </p>
      ) : (
        <p className="empty-state" role="status">
          {t('dayFigures.loading')}
        </p>
      )}
    </Panel>
  );
}
