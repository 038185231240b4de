import { useId, useState, type FormEvent, type RefObject } from 'react';
import { CloseDayBody } from '../../../../../shared/api/capacity';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { useCloseDay } from '../hooks/use-close-day';
import { ConfirmDialog } from './confirm-dialog';

type Props = {
  consulate: Consulate;
  date: string;
  /** Seats held or booked on the day now, said in the confirmation. */
  taken: number;
  reasonRef: RefObject<HTMLInputElement | null>;
  onClosed: () => void;
};

/** Closing a day: a reason, then a confirmation that says what happens to holds and appointments. */
export function CloseDayForm({ consulate, date, taken, reasonRef, onClosed }: Props) {
  const t = useT();
  const close = useCloseDay(consulate.id, date);
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const dateText = formatLocalDate(date, locale, 'long');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = CloseDayBody.safeParse({ reason }).success;
    setInvalid(!ok);
    if (!ok) return;
    close.reset();
    setReviewing(true);
  };

  return (
    <form className="capacity-close" onSubmit={onSubmit} noValidate>
      <p className="capacity-close__explain">{t('capacity.close.explain')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('capacity.close.reason')}</label>
        <input
          id={`${id}-reason`}
          ref={reasonRef}
          type="text"
          maxLength={200}
          value={reason}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setReason(e.target.value);
            setInvalid(false);
          }}
        />
        <span id={`${id}-hint`} className="field__hint">
          {t('capacity.close.reason.hint')}
        </span>
        {invalid ? (
          <span id={`${id}-error`} className="field__error">
            {t('capacity.close.reason.required')}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button button--danger" disabled={close.isPending}>
        {t('capacity.close.review')}
      </button>
      {close.isError ? (
        <p role="alert" className="alert alert--error">
          {t('capacity.close.failed', { error: errorText(close.error) })}
        </p>
      ) : null}
      {reviewing ? (
        <ConfirmDialog
          danger
          title={t('capacity.close.confirm.title', { consulate: consulate.name, date: dateText })}
          confirmLabel={t('capacity.close.confirm.apply')}
          busyLabel={t('capacity.close.closing')}
          busy={close.isPending}
          onConfirm={() =>
            close.mutate(
              { reason: reason.trim() },
              {
                onSuccess: () => {
                  setReviewing(false);
                  onClosed();
                },
                onError: () => setReviewing(false),
              },
            )
          }
          onCancel={() => setReviewing(false)}
        >
          <ul className="capacity-dialog__list">
            <li>{t('capacity.close.confirm.now')}</li>
            <li>{t('capacity.close.confirm.holds')}</li>
            <li>{t('capacity.close.confirm.booked')}</li>
          </ul>
          <p>{t('capacity.close.confirm.taken', { taken })}</p>
          <p>{t('capacity.close.confirm.reason', { reason: reason.trim() })}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
