import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { useApi } from '../../../api/api-client-context';
import { queueLoadQuery } from '../../../api/floor';
import { Panel } from '../../../components/panel';
import type { MessageId } from '../../../i18n/catalog';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { loadParts, loadShares, type LoadPart } from '../load-mix';
import './queue-load.css';

const partLabel: Record<LoadPart, MessageId> = {
  available: 'queues.col.available',
  onCall: 'queues.col.onCall',
  wrapUp: 'queues.col.wrapUp',
  onBreak: 'queues.col.onBreak',
  offline: 'queues.col.offline',
};

/**
 * Each queue with its operators by state (a stacked bar to see at a glance, the numbers beside it
 * to read) and its calls today and in the last hour. Refreshed, throttled, as the floor changes.
 */
export function QueueLoadPanel() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const queues = useQuery(queueLoadQuery(api));

  return (
    <Panel title={t('queues.title')} className="queue-load-panel">
      {queues.data ? (
        queues.data.length ? (
          <QueueLoadTable queues={queues.data} />
        ) : (
          <p className="empty-state">{t('queues.empty')}</p>
        )
      ) : queues.isError ? (
        <p role="alert" className="alert alert--error">
          {t('queues.failed', { reason: errorText(queues.error) })}
        </p>
      ) : (
        <p className="empty-state" role="status">
          {t('queues.loading')}
        </p>
      )}
    </Panel>
  );
}

function QueueLoadTable({ queues }: { queues: readonly QueueLoad[] }) {
  const t = useT();
  const intl = useIntl();
  const locale = useConsole((s) => s.locale) as Locale;
  const n = (value: number) => intl.formatNumber(value);
  return (
    <>
      <ul className="queue-legend" aria-label={t('queues.legend')}>
        {loadParts.map((p) => (
          <li key={p}>
            <span className={`queue-swatch queue-swatch--${p}`} aria-hidden="true" />
            {t(partLabel[p])}
          </li>
        ))}
      </ul>
      {/* Focusable, so a keyboard can scroll a table wider than its panel. */}
      <div className="queue-load__scroll" role="region" aria-label={t('queues.tableLabel')} tabIndex={0}>
        <table className="queue-load">
          <caption className="visually-hidden">{t('queues.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queues.col.queue')}</th>
              <th scope="col" className="queue-load__num">
                {t('queues.col.members')}
              </th>
              <th scope="col" className="queue-load__mix">
                {t('queues.col.mix')}
              </th>
              {loadParts.map((p) => (
                <th key={p} scope="col" className="queue-load__num">
                  {t(partLabel[p])}
                </th>
              ))}
              <th scope="col" className="queue-load__num">
                {t('queues.col.callsToday')}
              </th>
              <th scope="col" className="queue-load__num">
                {t('queues.col.callsLastHour')}
              </th>
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => {
              const shares = loadShares(q);
              return (
                <tr key={q.id} data-queue-id={q.id}>
                  <th scope="row" className="queue-load__name">
                    {q.name[languageOf(locale)]}{' '}
                    <span className="queue-load__kind">({t(`queues.kind.${q.kind}`)})</span>
                  </th>
                  <td className="queue-load__num">{n(q.members)}</td>
                  <td className="queue-load__mix">
                    {/* The numbers are in the cells beside it: the bar is for the eye only. */}
                    <span className="queue-bar" aria-hidden="true">
                      {loadParts.map((p) =>
                        shares[p] > 0 ? (
                          <span
                            key={p}
                            className={`queue-bar__part queue-swatch--${p}`}
                            style={{ width: `${shares[p]}%` }}
                          />
                        ) : null,
                      )}
                    </span>
                  </td>
                  {loadParts.map((p) => (
                    <td key={p} className="queue-load__num">
                      {n(q[p])}
                    </td>
                  ))}
                  <td className="queue-load__num">{n(q.callsToday)}</td>
                  <td className="queue-load__num">{n(q.callsLastHour)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
