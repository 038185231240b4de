import { useId, useState } from 'react';
import type { WrapUpCode } from '../../../../../shared/api/calls';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { needsAppointment, wrapUpCodes } from '../wrap-up-choice';
import { WrapUpDeadline } from './wrap-up-deadline';
import './wrap-up-dialog.css';

type Props = {
  initialCode: WrapUpCode;
  /** An appointment was booked in this call: `booked` and `rescheduled` can be chosen. */
  hasBooked: boolean;
  /** A seat is still on hold: ending the call releases it. */
  holdLive: boolean;
  /** The caller hung up: when the server closes the call if the operator has not (null: no limit known). */
  deadline?: string | null;
  busy: boolean;
  error: string | null;
  onConfirm: (code: WrapUpCode, note: string) => void;
  onCancel: () => void;
};

/** How the call ended, in one keystroke: the likely outcome is preselected, Enter logs it. */
export function WrapUpDialog({
  initialCode,
  hasBooked,
  holdLive,
  deadline = null,
  busy,
  error,
  onConfirm,
  onCancel,
}: Props) {
  const t = useT();
  const [code, setCode] = useState<WrapUpCode>(initialCode);
  const [note, setNote] = useState('');
  const needsHintId = useId();
  const noteId = useId();

  return (
    <ModalDialog
      className="wrap-up"
      title={t('call.wrapUp.title')}
      error={error}
      initialFocus='input[type="radio"]:checked'
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => onConfirm(code, note)}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('call.wrapUp.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={busy}>
            {busy ? t('call.wrapUp.ending') : t('call.wrapUp.confirm')}
          </button>
        </>
      }
      keys={t('call.wrapUp.keys')}
    >
      {deadline ? <WrapUpDeadline deadline={deadline} /> : null}
      {holdLive ? <p className="alert alert--warning">{t('call.wrapUp.holdWarning')}</p> : null}
      <fieldset className="modal-dialog__choices">
        <legend>{t('call.wrapUp.outcome')}</legend>
        {wrapUpCodes.map((value) => {
          const unavailable = needsAppointment(value) && !hasBooked;
          return (
            <label key={value} className="modal-dialog__choice">
              <input
                type="radio"
                name="wrap-up-code"
                value={value}
                checked={code === value}
                disabled={unavailable}
                aria-describedby={unavailable ? needsHintId : undefined}
                onChange={() => setCode(value)}
              />
              {t(`call.wrapUp.code.${value}`)}
            </label>
          );
        })}
        {hasBooked ? null : (
          <p id={needsHintId} className="field__hint">
            {t('call.wrapUp.needsAppointment')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={noteId}>{t('call.wrapUp.note')}</label>
        <input id={noteId} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </div>
    </ModalDialog>
  );
}
