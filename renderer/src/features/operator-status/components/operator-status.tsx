import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { useBreakToggle } from '../hooks/use-break-toggle';
import { useMyStatus } from '../hooks/use-my-status';
import { QueueChip } from './queue-chip';
import { TimeInState } from './time-in-state';
import './operator-status.css';

/**
 * In the header: the operator's state as the server holds it (the same on every console of the
 * user), how long they have been in it, a break pending after the call, their queue, and the break
 * toggle (Alt+B).
 */
export function OperatorStatus() {
  const t = useT();
  const { data: status, isError, error: loadError } = useMyStatus();
  const { action, toggle, busy, error } = useBreakToggle(status);

  // Roles that take no calls (an administrator) have no state to show.
  if (isApiError(loadError) && loadError.code === 'forbidden') return null;
  if (!status) {
    return (
      <div className="operator-status operator-status--loading">
        {isError ? t('operatorStatus.unavailable') : t('operatorStatus.loading')}
      </div>
    );
  }
  return (
    <div className="operator-status" role="group" aria-label={t('operatorStatus.label')}>
      <span className={`status-pill status-pill--${status.state}`} data-testid="my-state">
        <span className="status-pill__dot" aria-hidden="true" />
        <span className="status-pill__text">
          {status.state === 'break' && status.reason === 'missed'
            ? t('operatorStatus.state.missed')
            : t(`operatorStatus.state.${status.state}`)}
        </span>
        <TimeInState key={status.since} since={status.since} />
      </span>
      {status.pendingState ? (
        <span className="operator-status__pending">{t(`operatorStatus.pending.${status.pendingState}`)}</span>
      ) : null}
      <QueueChip status={status} />
      {action ? (
        <button
          type="button"
          className="button button--secondary operator-status__toggle"
          onClick={toggle}
          aria-disabled={busy}
          aria-keyshortcuts={actionShortcuts.takeBreak}
        >
          {busy ? t('operatorStatus.toggle.busy') : t(`operatorStatus.toggle.${action.label}`)}{' '}
          <Kbd shortcut={actionShortcuts.takeBreak} />
        </button>
      ) : null}
      {error ? (
        <span className="operator-status__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
