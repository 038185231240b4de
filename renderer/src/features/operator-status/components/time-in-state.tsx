import { useT } from '../../../i18n/use-t';
import { formatElapsed, secondsSince } from '../../../lib/elapsed-time';
import { useSecondClock } from '../../../lib/use-second-clock';

/** How long the operator has been in the state, ticking once a second (only this leaf re-renders). */
export function TimeInState({ since }: { since: string }) {
  const t = useT();
  const now = useSecondClock();
  const text = formatElapsed(secondsSince(since, now));
  return (
    <span className="status-pill__time">
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{t('operatorStatus.timeInState', { duration: text })}</span>
    </span>
  );
}
