import { memo, useId } from 'react';
import { useIntl } from 'react-intl';
import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { useT } from '../../../i18n/use-t';
import { formatElapsed } from '../../../lib/elapsed-time';
import { loadParts, loadShares, partLabel } from '../load-mix';
import { belowTarget } from '../target-alerts';
import { QueueTargetEditor } from './queue-target-editor';
import { WaitingCalls, WaitClock } from './waiting-calls';

/**
 * One queue at a glance: callers waiting and the longest wait (growing each second between the
 * server's pushes), service level of the last 30 minutes and today against the target (the alert
 * says so in words and with a mark, not by colour alone), speed of answer, abandonment, handle time,
 * its operators by state, and the calls waiting with their waits.
 */
export const QueueCard = memo(function QueueCard({
  queue,
  queueName,
  receivedAt,
}: {
  queue: QueueLoad;
  queueName: string;
  receivedAt: number;
}) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const below = belowTarget(queue);
  const percent = (value: number | null) =>
    value === null ? t('queues.none') : intl.formatNumber(value, { style: 'percent' });
  const secondsText = (value: number | null) =>
    value === null ? t('queues.none') : t('queues.seconds', { seconds: Math.round(value) });
  const shares = loadShares(queue);

  return (
    <li
      className={`queue-card${below ? ' queue-card--below' : ''}`}
      data-queue-id={queue.id}
      aria-labelledby={headingId}
    >
      <header className="queue-card__header">
        <h3 id={headingId} className="queue-card__name">
          {queueName} <span className="queue-card__kind">({t(`queues.kind.${queue.kind}`)})</span>
        </h3>
        {below ? (
          <p className="queue-card__alert">
            <span aria-hidden="true">⚠ </span>
            {t('queues.belowTarget')}
          </p>
        ) : null}
      </header>
      <dl className="queue-card__figures" aria-label={t('queues.figuresLabel', { queue: queueName })}>
        <div className="queue-card__figure" data-figure="waiting">
          <dt>{t('queues.fig.waiting')}</dt>
          <dd>{intl.formatNumber(queue.waiting)}</dd>
        </div>
        <div className="queue-card__figure" data-figure="longestWait">
          <dt>{t('queues.fig.longestWait')}</dt>
          <dd>
            {queue.waiting === 0 ? (
              t('queues.none')
            ) : (
              <WaitClock seconds={queue.longestWaitSeconds} receivedAt={receivedAt} />
            )}
          </dd>
        </div>
        <div className="queue-card__figure" data-figure="serviceLevel">
          <dt>{t('queues.fig.serviceLevel')}</dt>
          <dd className={below ? 'queue-card__value--below' : undefined}>{percent(queue.serviceLevel)}</dd>
        </div>
        <div className="queue-card__figure" data-figure="serviceLevelToday">
          <dt>{t('queues.fig.serviceLevelToday')}</dt>
          <dd>{percent(queue.serviceLevelToday)}</dd>
        </div>
        <div className="queue-card__figure" data-figure="asa">
          <dt>{t('queues.fig.asa')}</dt>
          <dd>{secondsText(queue.averageSpeedOfAnswerSeconds)}</dd>
        </div>
        <div className="queue-card__figure" data-figure="abandonment">
          <dt>{t('queues.fig.abandonment')}</dt>
          <dd>{percent(queue.abandonmentRate)}</dd>
        </div>
        <div className="queue-card__figure" data-figure="handle">
          <dt>{t('queues.fig.handle')}</dt>
          <dd>
            {queue.averageHandleSeconds === null
              ? t('queues.none')
              : formatElapsed(queue.averageHandleSeconds)}
          </dd>
        </div>
        <div className="queue-card__figure" data-figure="answered">
          <dt>{t('queues.fig.answered')}</dt>
          <dd>{intl.formatNumber(queue.answeredToday)}</dd>
        </div>
      </dl>
      <QueueTargetEditor queue={queue} queueName={queueName} />
      <div className="queue-card__operators">
        {/* The numbers are in the list beside it: the bar is for the eye only. */}
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
        <ul className="queue-card__states" aria-label={t('queues.operatorsLabel')}>
          <li data-state="members">
            {t('queues.col.members')} <strong>{intl.formatNumber(queue.members)}</strong>
          </li>
          {loadParts.map((p) => (
            <li key={p} data-state={p}>
              <span className={`queue-swatch queue-swatch--${p}`} aria-hidden="true" /> {t(partLabel[p])}{' '}
              <strong>{intl.formatNumber(queue[p])}</strong>
            </li>
          ))}
        </ul>
      </div>
      <WaitingCalls queue={queue} receivedAt={receivedAt} />
    </li>
  );
});
