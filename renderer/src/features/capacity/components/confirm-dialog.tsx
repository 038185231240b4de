import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/use-t';
import { useFocusTrap } from '../../../lib/use-focus-trap';

type Props = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** A destructive action starts on Cancel, so a stray Enter does no harm. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal that says what is about to change before it changes: Tab stays inside, Escape cancels,
 * Enter presses the focused button; focus goes back where it was when the dialog closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, busy, danger = false, onConfirm, onCancel }: Props) {
  const t = useT();
  const dialogRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const trapFocus = useFocusTrap(dialogRef);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (danger ? cancelRef : confirmRef).current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [danger]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onCancel();
    } else trapFocus(event);
  };

  return createPortal(
    <div className="capacity-dialog__backdrop">
      <div ref={dialogRef} className="capacity-dialog" role={danger ? 'alertdialog' : 'dialog'} aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="capacity-dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="capacity-dialog__body">
          {children}
        </div>
        <div className="capacity-dialog__actions">
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('capacity.confirm.cancel')}
          </button>
          <button ref={confirmRef} type="button" className={`button${danger ? ' button--danger' : ''}`} onClick={() => !busy && onConfirm()} aria-disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
        <p className="capacity-dialog__keys">{t('capacity.confirm.keys')}</p>
      </div>
    </div>,
    document.body,
  );
}
