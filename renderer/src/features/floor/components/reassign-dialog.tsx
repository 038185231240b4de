import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ReassignWhen } from '../../../../../shared/api/floor';
import type { Queue } from '../../../../../shared/api/queues';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useFocusTrap } from '../../../lib/use-focus-trap';
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
  const dialogRef = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialogRef);
  const titleId = useId();
  const keysId = useId();

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input[name="reassign-queue"]:checked')?.focus();
  }, []);

  const confirm = () => {
    if (!busy && queueId) onConfirm(queueId, when);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    confirm();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onCancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      confirm();
    } else {
      trapFocus(event);
    }
  };

  return createPortal(
    <div className="floor-dialog__backdrop">
      <div ref={dialogRef} className="floor-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={keysId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="floor-dialog__title">
          {t('floor.reassign.title', { count })}
        </h2>
        <form onSubmit={onSubmit} className="floor-dialog__form">
          <fieldset className="floor-dialog__choices">
            <legend>{t('floor.reassign.queue')}</legend>
            {queues.map((q) => (
              <label key={q.id} className="floor-dialog__choice">
                <input type="radio" name="reassign-queue" value={q.id} checked={queueId === q.id} onChange={() => setQueueId(q.id)} />
                {q.name[languageOf(locale)]}
              </label>
            ))}
          </fieldset>
          <fieldset className="floor-dialog__choices">
            <legend>{t('floor.reassign.when')}</legend>
            <label className="floor-dialog__choice">
              <input type="radio" name="reassign-when" value="after_call" checked={when === 'after_call'} onChange={() => setWhen('after_call')} />
              {t('floor.reassign.afterCall')}
            </label>
            <label className="floor-dialog__choice">
              <input type="radio" name="reassign-when" value="now" checked={when === 'now'} onChange={() => setWhen('now')} />
              {t('floor.reassign.now')}
            </label>
          </fieldset>
          {error ? (
            <div role="alert" className="alert alert--error">
              {error}
            </div>
          ) : null}
          <div className="floor-dialog__actions">
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
              {t('floor.reassign.cancel')}
            </button>
            <button type="submit" className="button" aria-disabled={busy || !queueId}>
              {busy ? t('floor.reassign.sending') : t('floor.reassign.confirm')}
            </button>
          </div>
          <p id={keysId} className="floor-dialog__keys">
            {t('floor.reassign.keys')}
          </p>
        </form>
      </div>
    </div>,
    document.body,
  );
}
