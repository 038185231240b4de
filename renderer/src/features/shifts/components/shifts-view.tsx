import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { callCenterToday } from '../../../../../shared/domain/floor/call-center';
import { isLocalDate } from '../../../../../shared/domain/time/local-date';
import { useApi } from '../../../api/api-client-context';
import { queueLoadQuery } from '../../../api/floor';
import { shiftCoverageQuery } from '../../../api/shifts';
import { useCommand } from '../../../commands/command-registry';
import { Panel } from '../../../components/panel';
import { formatCalendarDate, formatWallTime } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import type { CoverageOperator } from '../coverage-filter';
import { CoverageFigures } from './coverage-figures';
import { OperatorTable } from './operator-table';
import { ScheduleEditor } from './schedule-editor';
import { ScheduledByHour } from './scheduled-by-hour';
import './shifts-view.css';

/**
 * The lead's shifts view: on a call-center date (today by default), who is scheduled against who
 * is logged in, scheduled operators per hour, every operator's shift and state, and editing one
 * operator's weekly schedule.
 */
export function ShiftsView() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const [date, setDate] = useState(() => callCenterToday(new Date()));
  const [editing, setEditing] = useState<Pick<CoverageOperator, 'userId' | 'displayName'> | null>(null);
  const validDate = isLocalDate(date);
  const coverage = useQuery({ ...shiftCoverageQuery(api, date), enabled: validDate });
  const queues = useQuery(queueLoadQuery(api));
  const dateRef = useRef<HTMLInputElement>(null);
  /** The button that opened the editor: focus goes back to it when the editor closes. */
  const openerRef = useRef<HTMLElement | null>(null);
  const dateId = useId();
  const language = languageOf(locale);

  const queueName = useMemo(() => {
    const names = new Map((queues.data ?? []).map((q) => [q.id, q.name[language]]));
    return (queueId: string) => names.get(queueId) ?? queueId;
  }, [queues.data, language]);

  const showToday = useCallback(() => {
    setDate(callCenterToday(new Date()));
    dateRef.current?.focus();
  }, []);
  useCommand({ id: 'shifts.date', label: 'shifts.command.date', run: () => dateRef.current?.focus() });
  useCommand({ id: 'shifts.today', label: 'shifts.command.today', run: showToday });

  const edit = (o: CoverageOperator) => {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing({ userId: o.userId, displayName: o.displayName });
  };
  const closeEditor = () => {
    setEditing(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const data = coverage.data;
  // The server counts the "now" figures for today only (another date has them at 0).
  const isToday = data !== undefined && data.date === callCenterToday(new Date(data.at));
  return (
    <div className="shifts-view">
      <Panel title={t('shifts.title')} className="shifts-view__coverage">
        <div className="shifts-view__date">
          <div className="field">
            <label htmlFor={dateId}>{t('shifts.date.label')}</label>
            <input
              id={dateId}
              ref={dateRef}
              type="date"
              value={date}
              required
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <button type="button" className="button button--secondary" onClick={showToday}>
            {t('shifts.date.today')}
          </button>
          {data ? (
            <div className="shifts-view__hours">
              <p>
                {t('shifts.phoneHours', {
                  weekday: formatCalendarDate(data.date, locale, { weekday: 'long' }),
                  open: formatWallTime(data.phoneHours.open, locale),
                  close: formatWallTime(data.phoneHours.close, locale),
                })}
              </p>
              {data.holiday ? (
                <p className="shifts-view__holiday">
                  {t('shifts.holiday', { name: data.holiday[language] })}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
        {!validDate ? null : coverage.isPending ? (
          <p className="empty-state" role="status">
            {t('shifts.loading')}
          </p>
        ) : coverage.isError ? (
          <p className="alert alert--error" role="alert">
            {t('shifts.error', { error: errorText(coverage.error) })}
          </p>
        ) : data ? (
          <div className="shifts-view__summary">
            {isToday ? (
              <CoverageFigures coverage={data} locale={locale} />
            ) : (
              <p className="shifts-view__note">{t('shifts.figures.notToday')}</p>
            )}
            <ScheduledByHour byHour={data.byHour} locale={locale} />
          </div>
        ) : null}
      </Panel>
      {data ? (
        <Panel title={t('shifts.operators.title')} className="shifts-view__operators">
          <OperatorTable
            operators={data.operators}
            now={isToday}
            locale={locale}
            queueName={queueName}
            onEdit={edit}
          />
        </Panel>
      ) : null}
      {editing ? (
        <ScheduleEditor
          key={editing.userId}
          userId={editing.userId}
          displayName={editing.displayName}
          onClose={closeEditor}
        />
      ) : null}
    </div>
  );
}
