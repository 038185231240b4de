import { useId, useState, type FormEvent } from 'react';
import { ReopenDayBody, type DayReopening } from '../../../../../shared/api/capacity';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useReopenDay } from '../hooks/use-reopen-day';

type Props = { consulate: Consulate; date: string; onReopened: (reopening: DayReopening) => void };

/**
 * Reopening a closed day (a closure lifted, or a host-country holiday the consulate works): a
 * reason, then the day is open. Nothing is lost by it, so there is no confirmation step.
 */
export function ReopenDayForm({ consulate, date, onReopened }: Props) {
  const t = useT();
  const reopen = useReopenDay(consulate.id, date);
  const errorText = useErrorText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = ReopenDayBody.safeParse({ reason });
    setInvalid(!body.success);
    if (body.success) reopen.mutate(body.data, { onSuccess: onReopened });
  };

  return (
    <form className="capacity-reopen" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="capacity-reopen__title">
        {t('capacity.reopen.title')}
      </h4>
      <p className="capacity-reopen__explain">{t('capacity.reopen.explain')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('capacity.reopen.reason')}</label>
        <input
          id={`${id}-reason`}
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
          {t('capacity.reopen.reason.hint')}
        </span>
        {invalid ? (
          <span id={`${id}-error`} className="field__error">
            {t('capacity.reopen.reason.required')}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" aria-disabled={reopen.isPending || undefined}>
        {reopen.isPending ? t('capacity.reopen.reopening') : t('capacity.reopen.submit')}
      </button>
      {reopen.isError ? (
        <p role="alert" className="alert alert--error">
          {t('capacity.reopen.failed', { error: errorText(reopen.error) })}
        </p>
      ) : null}
    </form>
  );
}
