import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import type { DayReopening } from '../../../../../shared/api/capacity';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { useApi } from '../../../api/api-client-context';
import { dayClosureQuery } from '../../../api/capacity';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { ClosureDetails } from './closure-details';
import { CloseDayForm } from './close-day-form';
import { ReopenDayForm } from './reopen-day-form';
import { ReopenResult } from './reopen-result';

type Props = {
  consulate: Consulate;
  date: string;
  taken: number;
  reasonRef: RefObject<HTMLInputElement | null>;
};

/**
 * The day's closure if it is closed (with the appointments to rebook, and reopening it), or the
 * form to close it, after what a reopening gave back.
 */
export function ClosurePanel({ consulate, date, taken, reasonRef }: Props) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const closure = useQuery(dayClosureQuery(api, consulate.id, date));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [reopened, setReopened] = useState<DayReopening | null>(null);
  // After closing, the list replaces the form: focus goes to its heading, not to the page's start.
  const onClosed = () => {
    setReopened(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  // After reopening, the form goes: focus goes to what the reopening gave back.
  const onReopened = (reopening: DayReopening) => {
    setReopened(reopening);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <Panel title={t('capacity.close.title')} className="capacity-closure-panel">
      {closure.isPending ? (
        <p className="empty-state" role="status">
          {t('capacity.closure.loading')}
        </p>
      ) : closure.isError ? (
        <p className="alert alert--error" role="alert">
          {t('capacity.closure.loadError', { error: errorText(closure.error) })}
        </p>
      ) : closure.data ? (
        <>
          <ClosureDetails consulate={consulate} closure={closure.data} headingRef={headingRef} />
          <ReopenDayForm consulate={consulate} date={date} onReopened={onReopened} />
        </>
      ) : (
        <>
          {reopened ? <ReopenResult reopening={reopened} resultRef={resultRef} /> : null}
          <CloseDayForm
            consulate={consulate}
            date={date}
            taken={taken}
            reasonRef={reasonRef}
            onClosed={onClosed}
          />
        </>
      )}
    </Panel>
  );
}
