import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApplicantLanguage, NoCurpReason, type Applicant } from '../../../../../shared/api/applicants';
import { curpBirthDate, isValidCurp } from '../../../../../shared/domain/curp/curp';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import type { MessageId } from '../../../i18n/catalog';
import { formatCalendarDate } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { localToday } from '../../../lib/age';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import {
  applicantFields,
  birthDateError,
  emptyApplicantForm,
  messageLanguage,
  phoneReadingOf,
  validateApplicantForm,
  type ApplicantField,
  type ApplicantFormValues,
  type PhoneCountryChoice,
} from '../applicant-form';
import { birthDateText, readBirthDate } from '../birth-date-text';
import { useRegisterApplicant } from '../hooks/use-register-applicant';
import { FormField } from './form-field';

type Props = {
  /** The caller's number, when the form opens for a call from a number not on record. */
  initialPhone?: string;
  /** The language of the call on the line (a routed call's), which the applicant's messages default to. */
  callLanguage?: ApplicantLanguage | null;
  /** Receives the first field (the CURP, or "No CURP" when ticked): the panel's primary control while registering. */
  firstFieldRef: (el: HTMLInputElement | null) => void;
  onRegistered: (applicant: Applicant) => void;
  onCancel: () => void;
  /** Searches for who is already registered: their CURP, or the names of a person without one. */
  onSearch: (q: string) => void;
};

/** The server's refusal, worded when shown (so in the language the console has then), or a message of the form's own. */
type Failure = { error: unknown; message?: MessageId; search: { q: string; label: MessageId } | null };

/**
 * A new applicant, checked here with the server's own schema (CURP by RENAPO's rules, CURP against
 * the birth date, the phone's country) so the operator fixes mistakes before anything is sent. A
 * person without a CURP is registered with the reason; ten digits that are a number in both the
 * US/Canada and Mexico make the form ask which, and a Mexican number typed without +52 is shown as
 * the Mexican number it is.
 */
export function RegisterApplicantForm({
  initialPhone,
  callLanguage = null,
  firstFieldRef,
  onRegistered,
  onCancel,
  onSearch,
}: Props) {
  const t = useT();
  const register = useRegisterApplicant();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const [values, setValues] = useState<ApplicantFormValues>(() =>
    initialPhone ? { ...emptyApplicantForm, phone: initialPhone } : emptyApplicantForm,
  );
  const [errors, setErrors] = useState<Partial<Record<ApplicantField, MessageId>>>({});
  const [birthFromCurp, setBirthFromCurp] = useState(false);
  const busy = register.isPending;
  const [failure, setFailure] = useState<Failure | null>(null);
  const titleId = useId();
  const inputs = useRef<Partial<Record<ApplicantField, HTMLInputElement | null>>>({});
  const phone = phoneReadingOf(values.phone);
  const language = messageLanguage(values.language, callLanguage);

  const set = <K extends keyof ApplicantFormValues>(field: K, value: ApplicantFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field in errors) setErrors(({ [field as ApplicantField]: _fixed, ...rest }) => rest);
  };

  const onCurp = (raw: string) => {
    const curp = raw.toUpperCase().replace(/\s/g, '');
    set('curp', curp);
    const birth = isValidCurp(curp) ? curpBirthDate(curp) : null;
    if (birth && (values.birthDate === '' || birthFromCurp)) {
      set('birthDate', birthDateText(birth));
      setBirthFromCurp(true);
    }
  };

  const onNoCurp = (noCurp: boolean) => {
    setValues((v) => ({ ...v, noCurp, curp: '', noCurpReason: '' }));
    setErrors(({ curp: _curp, noCurpReason: _reason, ...rest }) => rest);
    if (birthFromCurp) setBirthFromCurp(false);
  };

  const onPhone = (text: string) => {
    setValues((v) => ({ ...v, phone: text, phoneCountry: '' }));
    if (errors.phone) setErrors(({ phone: _fixed, ...rest }) => rest);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const checked = validateApplicantForm({ ...values, language });
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = applicantFields.find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    register.mutate(checked.body, {
      onSuccess: onRegistered,
      onError: (error) => {
        const duplicate = isApiError(error) && error.code === 'duplicate_applicant';
        const { curp, givenNames, firstSurname, secondSurname } = checked.body;
        if (duplicate && !curp) {
          const names = [givenNames, firstSurname, secondSurname].filter(Boolean).join(' ');
          setFailure({
            error,
            message: 'caller.register.duplicateWithoutCurp',
            search: { q: names, label: 'caller.register.searchName' },
          });
        } else {
          setFailure({
            error,
            search: duplicate && curp ? { q: curp, label: 'caller.register.searchCurp' } : null,
          });
        }
      },
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    }
  };

  const errorCount = Object.keys(errors).length;
  const field = (name: Exclude<ApplicantField, 'noCurpReason'>) => ({
    value: values[name],
    error: errors[name] ? t(errors[name]) : undefined,
    inputRef: (el: HTMLInputElement | null) => {
      inputs.current[name] = el;
    },
  });
  const birthRead = readBirthDate(values.birthDate, localToday());
  const birthHint =
    birthFromCurp && values.birthDate
      ? t('caller.register.birthDateFromCurp')
      : birthRead.kind === 'date'
        ? t('caller.register.birthDateRead', {
            date: formatCalendarDate(birthRead.iso, locale, {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            }),
          })
        : t('caller.register.birthDateFormat');
  // Leaving the field shows a date as DD/MM/AAAA, and a date that is none says so at once (an empty
  // one waits for the submit).
  const onBirthDateBlur = () => {
    if (birthRead.kind === 'date') {
      const shown = birthDateText(birthRead.iso);
      if (shown !== values.birthDate) setValues((v) => ({ ...v, birthDate: shown }));
      return;
    }
    const problem = values.birthDate.trim() === '' ? null : birthDateError(values.birthDate);
    if (problem) setErrors((e) => ({ ...e, birthDate: problem }));
  };
  const phoneHint =
    phone.kind === 'mexican'
      ? t('caller.register.phoneMexican', { number: formatPhone(phone.mexico) })
      : undefined;

  return (
    <form
      className="caller-register"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="caller-register__title">
        {t('caller.register.title')}
      </h3>
      {/* Before the CURP in the tab order (Shift+Tab from it), so Tab still goes CURP → names. */}
      <label className="caller-register__check">
        <input
          type="checkbox"
          checked={values.noCurp}
          onChange={(e) => onNoCurp(e.target.checked)}
          ref={(el) => {
            if (values.noCurp) firstFieldRef(el);
          }}
        />
        {t('caller.register.noCurp')}
      </label>
      {values.noCurp ? (
        <fieldset
          className="caller-register__choices"
          aria-describedby={errors.noCurpReason ? `${titleId}-reason-error` : undefined}
        >
          <legend>{t('caller.register.noCurpReason')}</legend>
          {NoCurpReason.options.map((reason, i) => (
            <label key={reason} className="caller-register__choice">
              <input
                type="radio"
                name={`${titleId}-no-curp-reason`}
                value={reason}
                checked={values.noCurpReason === reason}
                onChange={() => set('noCurpReason', reason)}
                ref={(el) => {
                  if (i === 0) inputs.current.noCurpReason = el;
                }}
              />
              {t(`caller.register.noCurpReason.${reason}`)}
            </label>
          ))}
          {errors.noCurpReason ? (
            <span id={`${titleId}-reason-error`} className="field__error">
              {t(errors.noCurpReason)}
            </span>
          ) : null}
        </fieldset>
      ) : (
        <FormField
          {...field('curp')}
          inputRef={(el) => {
            inputs.current.curp = el;
            firstFieldRef(el);
          }}
          label={t('caller.register.curp')}
          className="caller-mono-field"
          maxLength={18}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          onChange={(e) => onCurp(e.target.value)}
        />
      )}
      <FormField
        {...field('givenNames')}
        label={t('caller.register.givenNames')}
        autoComplete="off"
        onChange={(e) => set('givenNames', e.target.value)}
      />
      <div className="caller-register__pair">
        <FormField
          {...field('firstSurname')}
          label={t('caller.register.firstSurname')}
          autoComplete="off"
          onChange={(e) => set('firstSurname', e.target.value)}
        />
        <FormField
          {...field('secondSurname')}
          label={t('caller.register.secondSurname')}
          autoComplete="off"
          onChange={(e) => set('secondSurname', e.target.value)}
        />
      </div>
      <FormField
        {...field('birthDate')}
        label={t('caller.register.birthDate')}
        // A plain text field: one Tab stop, Enter submits the form, nothing pops up.
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={14}
        hint={birthHint}
        onBlur={onBirthDateBlur}
        onChange={(e) => {
          set('birthDate', e.target.value);
          setBirthFromCurp(false);
        }}
      />
      <div className="caller-register__pair">
        <FormField
          {...field('phone')}
          label={t('caller.register.phone')}
          type="tel"
          autoComplete="off"
          hint={phoneHint}
          onChange={(e) => onPhone(e.target.value)}
        />
        <FormField
          {...field('email')}
          label={t('caller.register.email')}
          type="email"
          autoComplete="off"
          onChange={(e) => set('email', e.target.value)}
        />
      </div>
      {phone.kind === 'either' ? (
        <fieldset className="caller-register__choices">
          <legend>{t('caller.register.phoneCountry')}</legend>
          {(['nanp', 'mexico'] as const).map((country) => (
            <label key={country} className="caller-register__choice">
              <input
                type="radio"
                name={`${titleId}-phone-country`}
                value={country}
                checked={values.phoneCountry === country}
                onChange={() => set('phoneCountry', country satisfies PhoneCountryChoice)}
              />
              {t(`caller.register.phoneCountry.${country}`, { number: formatPhone(phone[country]) })}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="field caller-register__language">
        <label htmlFor={`${titleId}-language`}>{t('caller.register.language')}</label>
        <select
          id={`${titleId}-language`}
          value={language}
          aria-describedby={values.language === '' && callLanguage ? `${titleId}-language-hint` : undefined}
          onChange={(e) => set('language', ApplicantLanguage.parse(e.target.value))}
        >
          {ApplicantLanguage.options.map((option) => (
            <option key={option} value={option}>
              {t(`caller.register.language.${option}`)}
            </option>
          ))}
        </select>
        {values.language === '' && callLanguage ? (
          <span id={`${titleId}-language-hint`} className="field__hint">
            {t('caller.register.languageFromCall')}
          </span>
        ) : null}
      </div>
      <div role="alert" className="caller-register__alerts">
        {errorCount > 0 ? (
          <p className="alert alert--error">{t('caller.register.fixErrors', { count: errorCount })}</p>
        ) : null}
        {failure ? (
          <div className="alert alert--error">
            <p>{failure.message ? t(failure.message) : errorText(failure.error)}</p>
            {failure.search ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onSearch(failure.search?.q ?? '')}
              >
                {t(failure.search.label)}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="caller-register__actions">
        <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
          {t('caller.register.cancel')}
        </button>
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? t('caller.register.submitting') : t('caller.register.submit')}
        </button>
      </div>
    </form>
  );
}
