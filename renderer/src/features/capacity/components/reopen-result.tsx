import type { Ref } from 'react';
import type { DayReopening } from '../../../../../shared/api/capacity';
import { useT } from '../../../i18n/use-t';

type Props = { reopening: DayReopening; resultRef: Ref<HTMLParagraphElement> };

/** What a reopening gave back: free seats in how many times, slots published, appointments that stand again. */
export function ReopenResult({ reopening, resultRef }: Props) {
  const t = useT();
  const seats = reopening.slots.reduce((sum, s) => sum + s.available, 0);
  return (
    <div className="alert alert--info capacity-reopen__result" role="status">
      <p ref={resultRef} tabIndex={-1}>
        {t('capacity.reopen.done', { reason: reopening.reason, seats, slots: reopening.slots.length })}
      </p>
      {reopening.published > 0 ? (
        <p>{t('capacity.reopen.published', { count: reopening.published })}</p>
      ) : null}
      {reopening.slots.length === 0 ? <p>{t('capacity.reopen.noSlots')}</p> : null}
      <p>{t('capacity.reopen.appointments', { count: reopening.appointments.length })}</p>
    </div>
  );
}
