import { useEffect, useRef, useState } from 'react';
import type { Reassignment } from '../../../../../shared/api/floor/floor';
import type { Queue } from '../../../../../shared/api/floor/queues';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useAcknowledgeReassignment } from '../../../realtime/use-status-sync';
import { useConsole } from '../../../stores/console-store-context';
import { useMyStatus } from '../hooks/use-my-status';
import { servesFirst } from '../queue-summary';
import { useProcedureName } from './queue-chip';

type Notice = { reassignment: Reassignment; queue: Queue };

/**
 * "Your shift lead moved you to the Texas queue": shown at once when a lead's reassignment is
 * applied, in a polite live region that does not take the focus (the operator may be mid-call), and
 * kept until dismissed (Alt+O or the button). Showing it acknowledges it: the lead's floor sees
 * that the console got it.
 */
export function ReassignmentNotice() {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const procedureName = useProcedureName();
  const status = useMyStatus().data;
  const acknowledge = useAcknowledgeReassignment();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const acknowledged = useRef(new Set<string>());

  // A new applied reassignment replaces whatever notice is up (adjusting state while rendering).
  const incoming =
    status?.reassignment?.status === 'applied' && status.queue
      ? { reassignment: status.reassignment, queue: status.queue }
      : null;
  if (
    incoming &&
    incoming.reassignment.id !== notice?.reassignment.id &&
    incoming.reassignment.id !== dismissedId
  )
    setNotice(incoming);

  useEffect(() => {
    if (!notice || acknowledged.current.has(notice.reassignment.id)) return;
    if (acknowledge(notice.reassignment.id)) acknowledged.current.add(notice.reassignment.id);
  }, [notice, acknowledge]);

  const dismiss = () => {
    if (!notice) return;
    setDismissedId(notice.reassignment.id);
    setNotice(null);
  };
  useCommand({
    id: 'status.dismissNotice',
    label: 'operatorStatus.notice.dismissCommand',
    shortcut: actionShortcuts.dismissNotice,
    enabled: notice !== null,
    run: dismiss,
  });

  const items = notice ? servesFirst(notice.queue, procedureName) : [];
  return (
    // Always in the page, so screen readers announce the text when it appears.
    <div role="status" className={notice ? 'reassignment-notice is-shown' : 'reassignment-notice'}>
      {notice ? (
        <>
          <strong className="reassignment-notice__title">{t('operatorStatus.notice.title')}</strong>
          <span>
            {t('operatorStatus.notice.body', { queue: notice.queue.name[languageOf(locale)] })}
            {items.length ? ` ${t('operatorStatus.notice.servesFirst', { list: items.join(', ') })}` : null}
          </span>
          <button
            type="button"
            className="button button--secondary reassignment-notice__dismiss"
            onClick={dismiss}
            aria-keyshortcuts={actionShortcuts.dismissNotice}
          >
            {t('operatorStatus.notice.dismiss')} <Kbd shortcut={actionShortcuts.dismissNotice} />
          </button>
        </>
      ) : null}
    </div>
  );
}
