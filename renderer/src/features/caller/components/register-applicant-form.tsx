import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { curpBirthDate, isValidCurp } from '../../../../../shared/domain/curp/curp';
import { useApi } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { queryKeys } from '../../../api/query-keys';
import type { MessageId } from '../../../i18n/catalog';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { applicantFields, emptyApplicantForm, validateApplicantForm, type ApplicantField, type ApplicantFormValues } from '../applicant-form';
import { FormField } from './form-field';

type Props = {
  /** Receives the first field (the CURP): the panel's primary control while registering. */
  firstFieldRef: (el: HTMLInputElement | null) => void;
  onRegistered: (applicant: Applicant) => void;
  onCancel: () => void;
  onSearchCurp: (curp: string) => void;
};

/**
 * A new applicant, checked here with the server's own schema (CURP check digit, CURP against the
 * birth date) so the operator fixes mistakes before anything is sent.
 */
export function RegisterApplicantForm({ firstFieldRef, onRegistered, onCancel, onSearchCurp }: Props) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [values, setValues] = useState<ApplicantFormValues>(emptyApplicantForm);
  const [errors, setErrors] = useState<Partial<Record<ApplicantField, MessageId>>>({});
  const [birthFromCurp, setBirthFromCurp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; duplicateCurp: string | null } | null>(null);
  const titleId = useId();
  const inputs = useRef<Partial<Record<ApplicantField, HTMLInputElement | null>>>({});

  const set = (field: ApplicantField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const onCurp = (raw: string) => {
    const curp = raw.toUpperCase().replace(/\s/g, '');
    set('curp', curp);
    const birth = isValidCurp(curp) ? curpBirthDate(curp) : null;
    if (birth && (values.birthDate === '' || birthFromCurp)) {
      set('birthDate', birth);
      setBirthFromCurp(true);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const checked = validateApplicantForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = applicantFields.find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setBusy(true);
    try {
      const applicant = await createApplicant(api, checked.body);
      void queryClient.invalidateQueries({ queryKey: queryKeys.applicants.all() });
      onRegistered(applicant);
    } catch (error) {
      const duplicate = isApiError(error) && error.code === 'duplicate_applicant';
      setFailure({ text: errorText(error), duplicateCurp: duplicate ? checked.body.curp : null });
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    }
  };

  const errorCount = Object.keys(errors).length;
  const field = (name: ApplicantField) => ({
    value: values[name],
    error: errors[name] ? t(errors[name]) : undefined,
    inputRef: (el: HTMLInputElement | null) => {
      inputs.current[name] = el;
    },
  });

  return (
    <form className="caller-register" onSubmit={(e) => void onSubmit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="caller-register__title">
        {t('caller.register.title')}
      </h3>
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
      <FormField {...field('givenNames')} label={t('caller.register.givenNames')} autoComplete="off" onChange={(e) => set('givenNames', e.target.value)} />
      <div className="caller-register__pair">
        <FormField {...field('firstSurname')} label={t('caller.register.firstSurname')} autoComplete="off" onChange={(e) => set('firstSurname', e.target.value)} />
        <FormField {...field('secondSurname')} label={t('caller.register.secondSurname')} autoComplete="off" onChange={(e) => set('secondSurname', e.target.value)} />
      </div>
      <FormField
        {...field('birthDate')}
        label={t('caller.register.birthDate')}
        type="date"
        hint={birthFromCurp && values.birthDate ? t('caller.register.birthDateFromCurp') : undefined}
        onChange={(e) => {
          set('birthDate', e.target.value);
          setBirthFromCurp(false);
        }}
      />
      <div className="caller-register__pair">
        <FormField {...field('phone')} label={t('caller.register.phone')} type="tel" autoComplete="off" onChange={(e) => set('phone', e.target.value)} />
        <FormField {...field('email')} label={t('caller.register.email')} type="email" autoComplete="off" onChange={(e) => set('email', e.target.value)} />
      </div>
      <div role="alert" className="caller-register__alerts">
        {errorCount > 0 ? <p className="alert alert--error">{t('caller.register.fixErrors', { count: errorCount })}</p> : null}
        {failure ? (
          <div className="alert alert--error">
            <p>{failure.text}</p>
            {failure.duplicateCurp ? (
              <button type="button" className="button button--secondary" onClick={() => onSearchCurp(failure.duplicateCurp ?? '')}>
                {t('caller.register.searchCurp')}
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
