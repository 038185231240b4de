import { useState } from 'react';
import type { ReassignWhen } from '../../../../../shared/api/floor/floor';
import type { Queue } from '../../../../../shared/api/floor/queues';
import { ModalDialog } from '../../../components/modal-dialog';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';

type Props = {
  count: number;
  queues: readonly Queue[];
  /** The queue proposed first (not the one the selected operators are on already). */
  initialQueueId: string | null;
  busy: boolean;
  error: string | null;
  onConfirm: (queueId: string, when: ReassignWhen) => void;
  onCancel: () => void;
};

/**
 * Where the selected operators go and when: now, or after the call each is on (the default: a
 * reassignment never cuts a call; an operator off the phone moves at once either way).
 */
export function ReassignDialog({ count, queues, initialQueueId, busy, error, onConfirm, onCancel }: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale) as Locale;
  const [queueId, setQueueId] = useState<string | null>(initialQueueId ?? queues[0]?.id ?? null);
  const [when, setWhen] = useState<ReassignWhen>('after_call');

  return (
    <ModalDialog
      title={t('floor.reassign.title', { count })}
      error={error}
      initialFocus='input[name="reassign-queue"]:checked'
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => {
        if (queueId) onConfirm(queueId, when);
      }}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('floor.reassign.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={busy || !queueId}>
            {busy ? t('floor.reassign.sending') : t('floor.reassign.confirm')}
          </button>
        </>
      }
      keys={t('floor.reassign.keys')}
    >
      <fieldset className="modal-dialog__choices">
        <legend>{t('floor.reassign.queue')}</legend>
        {queues.map((q) => (
          <label key={q.id} className="modal-dialog__choice">
            <input
              type="radio"
              name="reassign-queue"
              value={q.id}
              checked={queueId === q.id}
              onChange={() => setQueueId(q.id)}
            />
            {q.name[languageOf(locale)]}
          </label>
        ))}
      </fieldset>
      <fieldset className="modal-dialog__choices">
        <legend>{t('floor.reassign.when')}</legend>
        <label className="modal-dialog__choice">
          <input
            type="radio"
            name="reassign-when"
            value="after_call"
            checked={when === 'after_call'}
            onChange={() => setWhen('after_call')}
          />
          {t('floor.reassign.afterCall')}
        </label>
        <label className="modal-dialog__choice">
          <input
            type="radio"
            name="reassign-when"
            value="now"
            checked={when === 'now'}
            onChange={() => setWhen('now')}
          />
          {t('floor.reassign.now')}
        </label>
      </fieldset>
    </ModalDialog>
  );
}
