import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Procedure } from '../../../../../shared/api/procedures';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { isParentalConsentRequirement } from '../minor-rule';

type Props = {
  procedure: Procedure;
  lang: 'es' | 'en';
  /** Name of the service that must be booked first, when there is one. */
  prerequisiteName: string | null;
};

/** What the operator reads out once the service is chosen: prerequisite, fees and time (short), then the requirements to tick. */
export function ProcedureDetails({ procedure, lang, prerequisiteName }: Props) {
  const t = useT();
  const intl = useIntl();
  const ticked = useConsole((s) => s.ticked);
  const toggleTicked = useConsole((s) => s.toggleTicked);
  const headingId = useId();
  const tickedCount = procedure.requirements.filter((_, i) => ticked[i]).length;
  const usd = (amount: number) => intl.formatNumber(amount, { style: 'currency', currency: 'USD' });

  return (
    <div className="procedure-details">
      {prerequisiteName ? <p className="alert alert--info procedure-details__notice">{t('procedure.prerequisite', { name: prerequisiteName })}</p> : null}

      <section className="procedure-details__fees" aria-labelledby={`${headingId}-fees`}>
        <h3 id={`${headingId}-fees`} className="procedure-details__heading">
          {t('procedure.fees')}
        </h3>
        {procedure.fees.length === 0 ? (
          <p className="procedure-details__muted">{t('procedure.fees.none')}</p>
        ) : (
          <dl className="procedure-details__fee-list">
            {procedure.fees.map((fee, index) => (
              <div key={index} className="procedure-details__fee">
                <dt>{fee.label[lang]}</dt>
                <dd>{usd(fee.amountUsd)}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="procedure-details__muted">{t('procedure.durationLong', { minutes: procedure.durationMinutes })}</p>
      </section>

      <fieldset className="procedure-details__requirements" aria-describedby={`${headingId}-progress`}>
        <legend className="procedure-details__heading">{t('procedure.requirements')}</legend>
        <p id={`${headingId}-progress`} className="procedure-details__progress" aria-live="polite">
          {t('procedure.requirements.progress', { ticked: tickedCount, total: procedure.requirements.length })}
        </p>
        <ul className="procedure-details__checklist">
          {procedure.requirements.map((requirement, index) => {
            const key = isParentalConsentRequirement(procedure.id, requirement);
            const inputId = `${headingId}-req-${index}`;
            return (
              <li key={index} className={`procedure-details__requirement${key ? ' is-key' : ''}`}>
                <input id={inputId} type="checkbox" checked={ticked[index] === true} onChange={() => toggleTicked(index)} />
                <label htmlFor={inputId}>
                  {key ? <strong className="procedure-details__key">{t('procedure.requirements.key')}: </strong> : null}
                  {requirement[lang]}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
