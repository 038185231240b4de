import { useId } from 'react';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { useFeeContext } from '../hooks/use-fee-context';
import { isParentalConsentRequirement } from '../minor-rule';
import { ProcedureFees } from './procedure-fees';

type Props = {
  procedure: Procedure;
  lang: 'es' | 'en';
  /** Name of the service that must be booked first, when there is one. */
  prerequisiteName: string | null;
};

/**
 * What the operator reads out once the service is chosen: prerequisite, the fees at the caller's
 * consulate on the appointment date and the time (short), then the requirements to tick.
 */
export function ProcedureDetails({ procedure, lang, prerequisiteName }: Props) {
  const t = useT();
  const feeContext = useFeeContext();
  const ticked = useConsole((s) => s.ticked);
  const toggleTicked = useConsole((s) => s.toggleTicked);
  const headingId = useId();
  const tickedCount = procedure.requirements.filter((_, i) => ticked[i]).length;

  return (
    <div className="procedure-details">
      {prerequisiteName ? (
        <p className="alert alert--info procedure-details__notice">
          {t('procedure.prerequisite', { name: prerequisiteName })}
        </p>
      ) : null}

      <ProcedureFees
        procedureId={procedure.id}
        lang={lang}
        consulate={feeContext.consulate}
        date={feeContext.date}
        isSlotDate={feeContext.isSlotDate}
        headingId={`${headingId}-fees`}
        footer={
          <p className="procedure-details__muted">
            {t('procedure.durationLong', { minutes: procedure.durationMinutes })}
          </p>
        }
      />

      <fieldset className="procedure-details__requirements" aria-describedby={`${headingId}-progress`}>
        <legend className="procedure-details__heading">{t('procedure.requirements')}</legend>
        <p id={`${headingId}-progress`} className="procedure-details__progress" aria-live="polite">
          {t('procedure.requirements.progress', {
            ticked: tickedCount,
            total: procedure.requirements.length,
          })}
        </p>
        <ul className="procedure-details__checklist">
          {procedure.requirements.map((requirement, index) => {
            const key = isParentalConsentRequirement(procedure.id, requirement);
            const inputId = `${headingId}-req-${index}`;
            return (
              <li key={index} className={`procedure-details__requirement${key ? ' is-key' : ''}`}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={ticked[index] === true}
                  onChange={() => toggleTicked(index)}
                />
                <label htmlFor={inputId}>
                  {key ? (
                    <strong className="procedure-details__key">{t('procedure.requirements.key')}: </strong>
                  ) : null}
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
