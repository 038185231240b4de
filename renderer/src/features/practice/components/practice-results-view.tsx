import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { CALL_CENTER_TIME_ZONE } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { practiceResultsQuery } from '../../../api/practice';
import { Panel } from '../../../components/panel';
import { formatDateTimeInWords } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { formatElapsed } from '../../../lib/elapsed-time';
import { trendsOf, traineesOf } from '../results-trend';
import { ScoreBars } from './score-bars';
import './practice.css';

/** A lead's view of practice: every trainee's results over time, filterable by trainee, with each one's trend. */
export function PracticeResultsView() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const lang = languageOf(locale);
  const filterId = useId();
  const [userId, setUserId] = useState<string | null>(null);
  const everyone = useQuery(practiceResultsQuery(api, null));
  const shown = useQuery(practiceResultsQuery(api, userId));

  if (everyone.isPending) return <p role="status">{t('practice.results.loading')}</p>;
  if (everyone.isError)
    return (
      <p role="alert" className="alert alert--error">
        {t('practice.results.error', { error: errorText(everyone.error) })}
      </p>
    );
  const rows = shown.data ?? [];
  const trends = trendsOf(everyone.data).filter((trend) => userId === null || trend.userId === userId);

  return (
    <Panel title={t('practice.results.title')} className="practice-results">
      <div className="practice-results__filter">
        <label htmlFor={filterId}>{t('practice.results.filter')}</label>
        <select
          id={filterId}
          value={userId ?? ''}
          onChange={(event) => setUserId(event.target.value || null)}
        >
          <option value="">{t('practice.results.everyone')}</option>
          {traineesOf(everyone.data).map((trainee) => (
            <option key={trainee.userId} value={trainee.userId}>
              {trainee.displayName}
            </option>
          ))}
        </select>
      </div>
      {everyone.data.length === 0 ? <p>{t('practice.results.empty')}</p> : null}
      {trends.length > 0 ? (
        <section className="practice-results__trends">
          <h3 className="practice__heading">{t('practice.results.trend')}</h3>
          <ul>
            {trends.map((trend) => (
              <li key={trend.userId}>
                <span>
                  {t('practice.results.trendOf', {
                    name: trend.displayName,
                    count: trend.scores.length,
                    last: trend.last,
                    mean: trend.mean,
                  })}
                </span>
                <ScoreBars scores={trend.scores} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {shown.isError ? (
        <p role="alert" className="alert alert--error">
          {t('practice.results.error', { error: errorText(shown.error) })}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table className="practice-results__table">
          <caption>{t('practice.results.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.results.col.trainee')}</th>
              <th scope="col">{t('practice.results.col.scenario')}</th>
              <th scope="col">{t('practice.results.col.date')}</th>
              <th scope="col">{t('practice.results.col.score')}</th>
              <th scope="col">{t('practice.results.col.time')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((result) => (
              <tr key={result.runId}>
                <th scope="row">{result.displayName}</th>
                <td>{result.title[lang]}</td>
                <td>{formatDateTimeInWords(result.finishedAt, CALL_CENTER_TIME_ZONE, locale)}</td>
                <td className="practice-results__score">{result.score}</td>
                <td>
                  {result.durationSeconds === null
                    ? t('practice.results.noTime')
                    : formatElapsed(result.durationSeconds)}{' '}
                  / {formatElapsed(result.timeTargetSeconds)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}
