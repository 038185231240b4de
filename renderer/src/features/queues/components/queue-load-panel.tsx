import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { useApi } from '../../../api/api-client-context';
import { queueLoadQuery } from '../../../api/floor';
import { Panel } from '../../../components/panel';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { loadParts, partLabel } from '../load-mix';
import { targetAlertChanges } from '../target-alerts';
import { QueueCard } from './queue-card';
import './queue-load.css';

/**
 * Each queue live: a card per queue with its callers waiting, service level against the lead's
 * target, speed of answer, abandonment, handle time and operators by state. `queues:changed`
 * replaces the queues that changed in the cache (realtime/use-floor-subscription); a queue falling
 * below its target, or coming back, is said in a polite log as well as shown on its card.
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
          <QueueCards queues={queues.data} receivedAt={queues.dataUpdatedAt} />
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

function QueueCards({ queues, receivedAt }: { queues: readonly QueueLoad[]; receivedAt: number }) {
  const t = useT();
  const locale = useConsole((s) => s.locale) as Locale;
  const nameOf = (q: QueueLoad) => q.name[languageOf(locale)];
  const announcements = useTargetAnnouncements(queues, nameOf);
  return (
    <>
      {/* A log: each change is read once, politely, and none replaces another before it is read. */}
      <div className="visually-hidden" role="log" aria-live="polite" data-testid="queue-alerts">
        {announcements.map((a) => (
          <p key={a.id}>{a.text}</p>
        ))}
      </div>
      <p className="queue-cards__explain">{t('queues.explain')}</p>
      <ul className="queue-legend" aria-label={t('queues.legend')}>
        {loadParts.map((p) => (
          <li key={p}>
            <span className={`queue-swatch queue-swatch--${p}`} aria-hidden="true" />
            {t(partLabel[p])}
          </li>
        ))}
      </ul>
      <ul className="queue-cards" aria-label={t('queues.listLabel')}>
        {queues.map((q) => (
          <QueueCard key={q.id} queue={q} queueName={nameOf(q)} receivedAt={receivedAt} />
        ))}
      </ul>
    </>
  );
}

/** How many of the latest announcements the log keeps. */
const KEPT_ANNOUNCEMENTS = 5;

/** The words for the queues that fell below their target or came back, latest last. */
function useTargetAnnouncements(
  queues: readonly QueueLoad[],
  nameOf: (q: QueueLoad) => string,
): { id: number; text: string }[] {
  const t = useT();
  const intl = useIntl();
  const below = useRef<ReadonlySet<string>>(new Set());
  const next = useRef(0);
  const [said, setSaid] = useState<{ id: number; text: string }[]>([]);
  useEffect(() => {
    const change = targetAlertChanges(below.current, queues);
    below.current = change.below;
    const percent = (v: number) => intl.formatNumber(v, { style: 'percent' });
    const lines = [
      ...change.fell.map((q) =>
        t('queues.announce.below', {
          queue: nameOf(q),
          level: percent(q.serviceLevel ?? 0),
          target: percent(q.serviceLevelTarget),
        }),
      ),
      ...change.recovered.map((q) => t('queues.announce.recovered', { queue: nameOf(q) })),
    ];
    if (lines.length)
      setSaid((before) =>
        [...before, ...lines.map((text) => ({ id: ++next.current, text }))].slice(-KEPT_ANNOUNCEMENTS),
      );
  }, [queues, t, intl, nameOf]);
  return said;
}
