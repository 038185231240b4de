import { useT } from '../../../i18n/use-t';
import { useSecondClock } from '../../../lib/use-second-clock';
import { useConsole } from '../../../stores/console-store-context';
import { formatClock, formatDuration } from '../format-duration';

/** "The caller hung up; the system closes the call in 1:42": the lead's wrap-up limit, counting down. */
export function WrapUpDeadline({ deadline }: { deadline: string }) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const now = useSecondClock();
  const left = Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
  return (
    <p className="alert alert--info" data-testid="wrap-up-deadline">
      {t('call.wrapUp.deadline', { time: formatClock(left) })}{' '}
      <span role="timer" className="visually-hidden">
        {formatDuration(left, locale, 'long')}
      </span>
    </p>
  );
}
