import { useId, useState, type FormEvent, type RefObject } from 'react';
import type { Slot } from '../../../../../shared/api/slots';
import { formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { localTimeOf, parseSeats, seatsOf, type DaySeats, type SeatChange } from '../day-seats';

export const DAY_SCOPE = 'day';

type Props = {
  slots: readonly Slot[];
  day: DaySeats;
  locale: Locale;
  /** The slot id chosen in the table, or DAY_SCOPE. */
  scope: string;
  onScopeChange: (scope: string) => void;
  seatsRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  onReview: (change: SeatChange) => void;
};

/** One slot's seats or the whole day's, typed once; Enter opens the confirmation. */
export function SeatsForm({ slots, day, locale, scope, onScopeChange, seatsRef, disabled, onReview }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const slot = scope === DAY_SCOPE ? null : (slots.find((s) => s.id === scope) ?? null);
  const least = slot ? seatsOf(slot).taken : day.leastPossible;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const seats = parseSeats(text);
    setInvalid(seats === null);
    if (seats === null) return;
    onReview(slot ? { kind: 'slot', slotId: slot.id, capacity: seats } : { kind: 'day', capacity: seats });
  };

  return (
    <form className="capacity-seats-form" onSubmit={onSubmit} noValidate>
      <fieldset className="capacity-seats-form__fields">
        <legend>{t('capacity.form.legend')}</legend>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('capacity.form.scope')}</label>
          <select
            id={`${id}-scope`}
            value={slot ? slot.id : DAY_SCOPE}
            onChange={(e) => onScopeChange(e.target.value)}
          >
            <option value={DAY_SCOPE}>{t('capacity.form.scope.day', { count: day.slots })}</option>
            {slots.map((s) => (
              <option key={s.id} value={s.id}>
                {t('capacity.form.scope.slot', { time: formatWallTime(localTimeOf(s), locale) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-seats`}>{t('capacity.form.seats')}</label>
          <input
            id={`${id}-seats`}
            ref={seatsRef}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="capacity-seats-form__seats"
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
            }}
          />
          <span id={`${id}-hint`} className="field__hint">
            {t('capacity.form.seats.hint', { least })}
          </span>
          {invalid ? (
            <span id={`${id}-error`} className="field__error">
              {t('capacity.form.seats.invalid')}
            </span>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={disabled}>
          {t('capacity.form.review')}
        </button>
      </fieldset>
    </form>
  );
}
