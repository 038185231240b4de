import type { RefObject } from 'react';
import { useT } from '../../../i18n/use-t';

type Props = { age: number; minorName: string; buttonRef: RefObject<HTMLButtonElement | null>; onSwitch: () => void };

/** A minor on an adult passport: said out loud (role=alert), with the right service one key away. */
export function MinorWarning({ age, minorName, buttonRef, onSwitch }: Props) {
  const t = useT();
  return (
    <div className="alert alert--warning procedure-minor-warning" role="alert">
      <p>{t('procedure.minorWarning', { age, minorName })}</p>
      <button ref={buttonRef} type="button" className="button button--secondary" onClick={onSwitch}>
        {t('procedure.minorWarning.switch', { minorName })}
      </button>
    </div>
  );
}
