import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';

/** On the sign-in screen after the server ended the session: why the console is back here. */
export function SessionEndedNotice() {
  const t = useT();
  const ended = useConsole((s) => s.sessionEnded);
  return ended ? (
    <p role="status" className="alert alert--info">
      {t('auth.sessionEnded')}
    </p>
  ) : null;
}
