import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-client-context';
import { resetPractice } from '../../../api/practice';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';

/** "Reiniciar mi práctica": empties the user's sandbox after a confirmation; scores are kept. */
export function ResetPractice({ disabled }: { disabled: boolean }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const removed = await resetPractice(api);
      setDone(t('practice.reset.done', { reservations: removed.removedReservations, applicants: removed.removedApplicants, calls: removed.removedCalls }));
      setOpen(false);
      // Slots, applicants and appointments of the sandbox are not what they were.
      void queryClient.invalidateQueries();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)} disabled={disabled}>
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
              <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={busy}>
                {t('practice.reset.cancel')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
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
