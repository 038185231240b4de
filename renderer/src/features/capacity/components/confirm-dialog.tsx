import { useRef, type ReactNode } from 'react';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';

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

/** Says what is about to change before it changes; Enter presses the focused button. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const t = useT();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  return (
    <ModalDialog
      role={danger ? 'alertdialog' : 'dialog'}
      title={title}
      describedBy="body"
      initialFocus={danger ? cancelRef : confirmRef}
      busy={busy}
      onCancel={onCancel}
      footer={
        <>
          <button
            ref={cancelRef}
            type="button"
            className="button button--secondary"
            onClick={onCancel}
            disabled={busy}
          >
            {t('capacity.confirm.cancel')}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className={`button${danger ? ' button--danger' : ''}`}
            onClick={() => !busy && onConfirm()}
            aria-disabled={busy}
          >
            {busy ? busyLabel : confirmLabel}
          </button>
        </>
      }
      keys={t('capacity.confirm.keys')}
    >
      {children}
    </ModalDialog>
  );
}
