import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { useT } from '../../../i18n/use-t';
import { formatElapsed } from '../../../lib/elapsed-time';
import { useSecondClock } from '../../../lib/use-second-clock';
import { waitNow } from '../target-alerts';

/** How many waiting calls a card lists (the count says how many more there are). */
const LISTED = 5;

/** A wait as the server gave it, growing each second until the next push replaces it. */
export function WaitClock({ seconds, receivedAt }: { seconds: number; receivedAt: number }) {
  const now = useSecondClock();
  return <>{formatElapsed(waitNow(seconds, receivedAt, now))}</>;
}

/** The calls waiting in a queue, oldest first: the caller's last digits, language, wait, and whether it rings. */
export function WaitingCalls({ queue, receivedAt }: { queue: QueueLoad; receivedAt: number }) {
  const t = useT();
  if (queue.waiting === 0) return null;
  const shown = queue.waitingCalls.slice(0, LISTED);
  return (
    <div className="queue-waiting">
      <h4 className="queue-waiting__title">{t('queues.waitingCalls')}</h4>
      <ol className="queue-waiting__list">
        {shown.map((call) => (
          <li key={call.callId} data-call-id={call.callId}>
            <span className="queue-waiting__from">{call.from}</span>
            <span>{t(`queues.language.${call.language}`)}</span>
            <span className="queue-waiting__wait">
              <WaitClock seconds={call.waitingSeconds} receivedAt={receivedAt} />
            </span>
            {call.offeredTo ? <span className="queue-waiting__ringing">{t('queues.ringing')}</span> : null}
          </li>
        ))}
      </ol>
      {queue.waiting > shown.length ? (
        <p className="queue-waiting__more">
          {t('queues.waitingMore', { count: queue.waiting - shown.length })}
        </p>
      ) : null}
    </div>
  );
}
