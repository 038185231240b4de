import { useId, useRef, useState } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { ErasureRefusalDetails } from '../../../../../shared/api/personal-data';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { fullName } from '../../../lib/full-name';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { useErasePerson } from '../hooks/use-erase-person';
import { useExportPerson } from '../hooks/use-export-person';
import './personal-data-actions.css';

/**
 * For administrators, on the open applicant's record: "Exportar datos" saves everything held about
 * the person as a JSON file; "Borrar datos" asks the reason and a typed confirmation, then erases
 * them — or says why not yet (an appointment to come, a held seat, the waitlist, an open call).
 * Both are recorded by the server. Nothing shows for other roles.
 */
export function PersonalDataActions({ applicant }: { applicant: Applicant }) {
  const t = useT();
  const errorText = useErrorText();
  const isAdmin = useConsole((s) => s.user?.role === 'admin');
  const exporting = useExportPerson();
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const name = fullName(applicant);

  if (!isAdmin) return null;
  return (
    <section className="personal-data" aria-labelledby={headingId}>
      <h3 id={headingId} className="personal-data__heading">
        {t('personalData.heading')}
      </h3>
      <button
        type="button"
        className="button button--ghost"
        aria-label={t('personalData.exportLabel', { name })}
        aria-disabled={exporting.isPending}
        onClick={() => {
          if (!exporting.isPending) exporting.mutate(applicant.id);
        }}
      >
        {exporting.isPending ? t('personalData.exporting') : t('personalData.export')}
      </button>
      <button
        ref={eraseButton}
        type="button"
        className="button button--ghost"
        aria-label={t('personalData.eraseLabel', { name })}
        onClick={() => setErasing(true)}
      >
        {t('personalData.erase')}
      </button>
      <p className="personal-data__status" role="status">
        {erased
          ? t('personalData.erased')
          : exporting.isSuccess
            ? t('personalData.exported', { file: exporting.data.fileName })
            : ''}
      </p>
      {exporting.isError ? (
        <p className="alert alert--error" role="alert">
          {t('personalData.exportFailed', { error: errorText(exporting.error) })}
        </p>
      ) : null}
      {erasing ? (
        <EraseDialog
          applicant={applicant}
          name={name}
          onDone={() => {
            setErasing(false);
            setErased(true);
          }}
          onCancel={() => setErasing(false)}
        />
      ) : null}
    </section>
  );
}

function EraseDialog({
  applicant,
  name,
  onDone,
  onCancel,
}: {
  applicant: Applicant;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const erase = useErasePerson();
  const [reason, setReason] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const reasonId = useId();
  const reasonHintId = useId();
  const confirmId = useId();
  const word = t('personalData.confirmWord');
  const ready = reason.trim().length >= 3 && confirmation.trim().toUpperCase() === word;

  const submit = () => {
    if (erase.isPending) return;
    if (!ready) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    erase.mutate({ applicantId: applicant.id, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <ModalDialog
      role="alertdialog"
      className="personal-data-erase"
      title={t('personalData.eraseTitle', { name })}
      busy={erase.isPending}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus="textarea"
      error={incomplete ? t('personalData.incomplete') : erase.isError ? refusalText(erase.error) : undefined}
      footer={
        <>
          <button
            type="button"
            className="button button--secondary"
            onClick={onCancel}
            disabled={erase.isPending}
          >
            {t('personalData.cancel')}
          </button>
          <button type="submit" className="button button--danger" aria-disabled={erase.isPending}>
            {erase.isPending ? t('personalData.erasing') : t('personalData.eraseSubmit')}
          </button>
        </>
      }
      keys={t('personalData.keys')}
    >
      <p>{t('personalData.eraseIntro')}</p>
      <div className="field">
        <label htmlFor={reasonId}>{t('personalData.reason')}</label>
        <textarea
          id={reasonId}
          value={reason}
          maxLength={500}
          aria-describedby={reasonHintId}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            // Enter submits (as in every field of a form dialog); Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <p id={reasonHintId} className="field__hint">
          {t('personalData.reasonHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={confirmId}>{t('personalData.confirm', { word })}</label>
        <input
          id={confirmId}
          value={confirmation}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setConfirmation(e.target.value)}
        />
      </div>
    </ModalDialog>
  );

  function refusalText(error: unknown): string {
    if (isApiError(error) && error.code === 'erasure_refused') {
      const details = ErasureRefusalDetails.safeParse(error.details);
      if (details.success) return t(`personalData.refused.${details.data.reason}`);
    }
    return errorText(error);
  }
}
