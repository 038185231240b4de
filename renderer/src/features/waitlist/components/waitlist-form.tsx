import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import type { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { ConsulateCombobox } from '../../../components/consulate-combobox';
import { ModalDialog } from '../../../components/modal-dialog';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { useCreateWaitlistEntry } from '../hooks/use-create-waitlist-entry';
import { defaultRange, rangeBounds, rangeIsValid } from '../waitlist-text';

type Props = {
  applicant: Applicant;
  procedure: Procedure;
  consulates: readonly Consulate[];
  /** The consulate on screen, chosen first. */
  initialConsulateId: string | null;
  onDone: (entry: WaitlistEntry) => void;
  onCancel: () => void;
};

/**
 * The small form that puts a caller on the waitlist: the service being booked, the consulates that
 * suit them (the one on screen first; more added with the consulate field) and the dates, from today
 * in the consulates' zone to the booking horizon. Refusals are worded by code (already waiting,
 * already booked, a date the server does not take).
 */
export function WaitlistForm({
  applicant,
  procedure,
  consulates,
  initialConsulateId,
  onDone,
  onCancel,
}: Props) {
  const t = useT();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const create = useCreateWaitlistEntry();
  const [chosen, setChosen] = useState<string[]>(initialConsulateId ? [initialConsulateId] : []);
  const chosenConsulates = useMemo(
    () =>
      chosen.map((id) => consulates.find((c) => c.id === id)).filter((c): c is Consulate => c !== undefined),
    [chosen, consulates],
  );
  // The bounds as of opening: today and the horizon in the chosen consulates' zones.
  const [now] = useState(() => new Date());
  const bounds = rangeBounds(chosenConsulates, now);
  const [range, setRange] = useState(() => {
    const first = rangeBounds(chosenConsulates, now);
    return first ? defaultRange(first) : { from: '', to: '' };
  });
  const [tried, setTried] = useState(false);
  const addRef = useRef<HTMLInputElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const rangeOk = bounds !== null && rangeIsValid(range.from, range.to, bounds);
  const submit = () => {
    setTried(true);
    if (chosen.length === 0 || !rangeOk || create.isPending) return;
    create.mutate(
      {
        applicantId: applicant.id,
        procedureId: procedure.id,
        consulateIds: chosen,
        from: range.from,
        to: range.to,
      },
      { onSuccess: onDone },
    );
  };
  const add = (consulateId: string) => {
    if (!chosen.includes(consulateId)) setChosen([...chosen, consulateId]);
    if (range.from === '' && range.to === '') {
      const c = consulates.find((x) => x.id === consulateId);
      const b = c ? rangeBounds([c], now) : null;
      if (b) setRange(defaultRange(b));
    }
  };
  const remove = (consulateId: string) => {
    setChosen(chosen.filter((c) => c !== consulateId));
    addRef.current?.focus();
  };
  // Enter in the consulate field picks a consulate; it must not also submit the form.
  const keepEnterInPicker = (event: KeyboardEvent) => {
    if (event.key === 'Enter') event.stopPropagation();
  };

  const rangeHintId = `${id}-range-hint`;
  const rangeErrorId = `${id}-range-error`;
  const showRangeError = tried && chosen.length > 0 && !rangeOk;

  return (
    <ModalDialog
      title={t('waitlist.form.title')}
      busy={create.isPending}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={initialConsulateId ? fromRef : addRef}
      className="waitlist-form"
      error={create.isError ? errorText(create.error) : undefined}
      keys={t('waitlist.form.keys')}
      footer={
        <>
          <button
            type="button"
            className="button button--ghost"
            onClick={onCancel}
            disabled={create.isPending}
          >
            {t('waitlist.form.cancel')}
          </button>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('waitlist.form.submit')}
          </button>
        </>
      }
    >
      <p className="waitlist-form__who">
        {t('waitlist.form.who', { name: fullName(applicant), procedure: procedure.name[languageOf(locale)] })}
      </p>
      <fieldset className="waitlist-form__consulates">
        <legend>{t('waitlist.form.consulates')}</legend>
        {chosenConsulates.length > 0 ? (
          <ul className="waitlist-form__chosen">
            {chosenConsulates.map((c) => (
              <li key={c.id}>
                <span>
                  {c.city}, {c.region} <span className="waitlist-form__code">({c.id})</span>
                </span>
                <button
                  type="button"
                  className="button button--ghost waitlist-form__remove"
                  aria-label={t('waitlist.form.remove', { consulate: c.city })}
                  onClick={() => remove(c.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className={tried ? 'field__error' : 'field__hint'} role={tried ? 'alert' : undefined}>
            {t('waitlist.form.noConsulate')}
          </p>
        )}
        <div onKeyDown={keepEnterInPicker}>
          <ConsulateCombobox
            consulates={consulates.filter((c) => !chosen.includes(c.id))}
            selectedId={null}
            inputRef={addRef}
            onPick={add}
            label={t('waitlist.form.addConsulate')}
            hint={t('waitlist.form.addConsulate.hint')}
          />
        </div>
      </fieldset>
      <div className="waitlist-form__dates">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('waitlist.form.from')}</label>
          <input
            ref={fromRef}
            id={`${id}-from`}
            type="date"
            value={range.from}
            min={bounds?.today}
            max={bounds?.last}
            aria-describedby={showRangeError ? `${rangeErrorId} ${rangeHintId}` : rangeHintId}
            aria-invalid={showRangeError || undefined}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('waitlist.form.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={range.to}
            min={range.from || bounds?.today}
            max={bounds?.last}
            aria-describedby={showRangeError ? `${rangeErrorId} ${rangeHintId}` : rangeHintId}
            aria-invalid={showRangeError || undefined}
            onChange={(e) => setRange({ ...range, to: e.target.value })}
          />
        </div>
      </div>
      {bounds ? (
        <p id={rangeHintId} className="field__hint">
          {t('waitlist.form.range.hint', {
            today: formatLocalDate(bounds.today, locale),
            last: formatLocalDate(bounds.last, locale),
          })}
        </p>
      ) : null}
      {showRangeError && bounds ? (
        <p id={rangeErrorId} className="field__error" role="alert">
          {t('waitlist.form.range.invalid', {
            today: formatLocalDate(bounds.today, locale),
            last: formatLocalDate(bounds.last, locale),
          })}
        </p>
      ) : null}
    </ModalDialog>
  );
}
