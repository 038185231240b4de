import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { formatElapsed, secondsSince } from '../../../lib/elapsed-time';

/** How long the operator has been in the state, ticking once a second (only this leaf re-renders). */
export function TimeInState({ since }: { since: string }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const text = formatElapsed(secondsSince(since, now));
  return (
    <span className="status-pill__time">
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{t('operatorStatus.timeInState', { duration: text })}</span>
    </span>
  );
}
