import { useConsole } from '../../../stores/console-store-context';
import { useT } from '../../../i18n/use-t';
import { formatClock, formatDuration } from '../format-duration';
import { useElapsedSeconds } from '../hooks/use-elapsed-seconds';

/**
 * How long the caller has been on the line. A timer role is not live: a screen reader says the
 * duration when the operator reads it, never once a second.
 */
export function CallTimer({ startMs }: { startMs: number }) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const seconds = useElapsedSeconds(startMs);
  return (
    <span
      className="call-bar__timer"
      role="timer"
      aria-label={t('call.timer.label', { duration: formatDuration(seconds, locale, 'long') })}
    >
      {formatClock(seconds)}
    </span>
  );
}
