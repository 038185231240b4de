import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { WrapUpCode } from '../../../../../shared/api/calls';
import { useT } from '../../../i18n/use-t';
import { useFocusTrap } from '../../../lib/use-focus-trap';
import { needsAppointment, wrapUpCodes } from '../wrap-up-choice';
import './wrap-up-dialog.css';

type Props = {
  initialCode: WrapUpCode;
  /** An appointment was booked in this call: `booked` and `rescheduled` can be chosen. */
  hasBooked: boolean;
  /** A seat is still on hold: ending the call releases it. */
  holdLive: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: (code: WrapUpCode, note: string) => void;
  onCancel: () => void;
};

/** How the call ended, in one keystroke: the likely outcome is preselected, Enter logs it. */
export function WrapUpDialog({ initialCode, hasBooked, holdLive, busy, error, onConfirm, onCancel }: Props) {
  const t = useT();
  const [code, setCode] = useState<WrapUpCode>(initialCode);
  const [note, setNote] = useState('');
  const dialogRef = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialogRef);
  const titleId = useId();
  const keysId = useId();
  const needsHintId = useId();
  const noteId = useId();

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  const confirm = () => {
    if (!busy) onConfirm(code, note);
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
      // Enter on a choice or in the note logs the call; on a button it presses that button.
      event.preventDefault();
      confirm();
    } else {
      trapFocus(event);
    }
  };

  return createPortal(
    <div className="wrap-up__backdrop">
      <div ref={dialogRef} className="wrap-up" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={keysId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="wrap-up__title">
          {t('call.wrapUp.title')}
        </h2>
        {holdLive ? <p className="alert alert--warning wrap-up__hold">{t('call.wrapUp.holdWarning')}</p> : null}
        <form onSubmit={onSubmit} className="wrap-up__form">
          <fieldset className="wrap-up__codes">
            <legend>{t('call.wrapUp.outcome')}</legend>
            {wrapUpCodes.map((value) => {
              const unavailable = needsAppointment(value) && !hasBooked;
              return (
                <label key={value} className="wrap-up__code">
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
          {error ? (
            <div role="alert" className="alert alert--error">
              {error}
            </div>
          ) : null}
          <div className="wrap-up__actions">
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
              {t('call.wrapUp.cancel')}
            </button>
            <button type="submit" className="button" aria-disabled={busy}>
              {busy ? t('call.wrapUp.ending') : t('call.wrapUp.confirm')}
            </button>
          </div>
          <p id={keysId} className="wrap-up__keys">
            {t('call.wrapUp.keys')}
          </p>
        </form>
      </div>
    </div>,
    document.body,
  );
}
