import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useSetQueueTarget } from '../hooks/use-set-queue-target';

/**
 * The queue's target in words and, behind "Change target", a small form: the share as a percentage
 * and the seconds. Enter saves, Escape closes; focus goes into the form when it opens and back to
 * the button when it closes. What happened is said in a polite status line.
 */
export function QueueTargetEditor({ queue, queueName }: { queue: QueueLoad; queueName: string }) {
  const t = useT();
  const intl = useIntl();
  const errorText = useErrorText();
  const setTarget = useSetQueueTarget();
  const [open, setOpen] = useState(false);
  const [percent, setPercent] = useState('');
  const [seconds, setSeconds] = useState('');
  // What happened last, worded when shown: switching the console's language rewords it.
  const [message, setMessage] = useState<
    { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; error: unknown } | null
  >(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const percentRef = useRef<HTMLInputElement>(null);
  const restoreFocus = useRef(false);
  const formId = useId();

  useEffect(() => {
    if (open) percentRef.current?.focus();
    else if (restoreFocus.current) {
      restoreFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  const start = () => {
    setPercent(String(Math.round(queue.serviceLevelTarget * 100)));
    setSeconds(String(queue.serviceLevelSeconds));
    setMessage(null);
    setOpen(true);
  };
  const close = () => {
    restoreFocus.current = true;
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const share = Number(percent) / 100;
    const within = Number(seconds);
    if (
      percent.trim() === '' ||
      !Number.isInteger(Number(percent)) ||
      !Number.isFinite(share) ||
      share < 0 ||
      share > 1 ||
      !Number.isInteger(within) ||
      within < 1 ||
      within > 600
    ) {
      setMessage({ kind: 'invalid' });
      return;
    }
    setTarget.mutate(
      { queueId: queue.id, body: { serviceLevelTarget: share, serviceLevelSeconds: within } },
      {
        onSuccess: () => {
          setMessage({ kind: 'saved' });
          close();
        },
        onError: (error) => setMessage({ kind: 'failed', error }),
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="queue-target">
      {open ? (
        <form
          className="queue-target__form"
          aria-label={t('queues.targetForm', { queue: queueName })}
          onSubmit={submit}
          onKeyDown={onKeyDown}
          noValidate
        >
          <label htmlFor={`${formId}-percent`}>{t('queues.targetPercent')}</label>
          <input
            ref={percentRef}
            id={`${formId}-percent`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
          <label htmlFor={`${formId}-seconds`}>{t('queues.targetSeconds')}</label>
          <input
            id={`${formId}-seconds`}
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            step={1}
            value={seconds}
            onChange={(e) => setSeconds(e.target.value)}
          />
          <button type="submit" className="button" disabled={setTarget.isPending}>
            {t('queues.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('queues.cancel')}
          </button>
        </form>
      ) : (
        <p className="queue-target__text">
          {t('queues.target', {
            percent: intl.formatNumber(queue.serviceLevelTarget, { style: 'percent' }),
            seconds: queue.serviceLevelSeconds,
          })}{' '}
          <button
            ref={buttonRef}
            type="button"
            className="button button--secondary queue-target__edit"
            aria-label={t('queues.editTargetOf', { queue: queueName })}
            onClick={start}
          >
            {t('queues.editTarget')}
          </button>
        </p>
      )}
      <p
        role="status"
        className={message && message.kind !== 'saved' ? 'queue-target__error' : 'queue-target__saved'}
      >
        {message?.kind === 'saved'
          ? t('queues.targetSaved', { queue: queueName })
          : message?.kind === 'invalid'
            ? t('queues.targetInvalid')
            : message?.kind === 'failed'
              ? t('queues.targetFailed', { reason: errorText(message.error) })
              : ''}
      </p>
    </div>
  );
}
