import { useState } from 'react';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useResetPractice } from '../hooks/use-reset-practice';

/** "Reiniciar mi práctica": empties the user's sandbox after a confirmation; scores are kept. */
export function ResetPractice({ disabled }: { disabled: boolean }) {
  const t = useT();
  const reset = useResetPractice();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const busy = reset.isPending;
  const error = reset.isError ? errorText(reset.error) : null;

  const confirm = () =>
    reset.mutate(undefined, {
      onSuccess: (removed) => {
        setDone(
          t('practice.reset.done', {
            reservations: removed.removedReservations,
            applicants: removed.removedApplicants,
            calls: removed.removedCalls,
          }),
        );
        setOpen(false);
      },
    });

  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => setOpen(true)}
        disabled={disabled}
      >
        {t('practice.reset')}
      </button>
      <p role="status" className="practice__note">
        {done}
      </p>
      {open ? (
        <ModalDialog
          role="alertdialog"
          title={t('practice.reset.title')}
          describedBy="body"
          busy={busy}
          error={error}
          onCancel={() => setOpen(false)}
          keys={t('practice.reset.keys')}
          footer={
            <>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen(false)}
                disabled={busy}
              >
                {t('practice.reset.cancel')}
              </button>
              <button type="button" className="button button--danger" onClick={confirm} disabled={busy}>
                {t('practice.reset.confirm')}
              </button>
            </>
          }
        >
          <p>{t('practice.reset.body')}</p>
        </ModalDialog>
      ) : null}
    </>
  );
}
