import type { RefObject } from 'react';
import { useT } from '../../../i18n/use-t';

type Props = {
  /** The refusal, worded (eligibility-text.ts). */
  text: string;
  /** Whether the check used the chosen slot's date rather than today's. */
  isSlotDate: boolean;
  /** The procedure to book instead, by name, or null. */
  suggestedName: string | null;
  /** The minor's passport is suggested: both parents and OP-7 are what families forget. */
  minorPassport: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onSwitch: () => void;
};

/** The chosen service is not one the caller can have on that date: said out loud, with the right one a key away. */
export function IneligibleWarning({
  text,
  isSlotDate,
  suggestedName,
  minorPassport,
  buttonRef,
  onSwitch,
}: Props) {
  const t = useT();
  return (
    <div className="alert alert--warning procedure-minor-warning" role="alert">
      <p>{text}</p>
      {minorPassport ? <p>{t('procedure.ineligible.minorNote')}</p> : null}
      <p className="procedure-minor-warning__date">
        {t(isSlotDate ? 'procedure.ineligible.onSlotDate' : 'procedure.ineligible.onToday')}
      </p>
      {suggestedName ? (
        <button ref={buttonRef} type="button" className="button button--secondary" onClick={onSwitch}>
          {t('procedure.minorWarning.switch', { minorName: suggestedName })}
        </button>
      ) : null}
    </div>
  );
}
