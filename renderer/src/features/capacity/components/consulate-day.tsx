import { useQuery } from '@tanstack/react-query';
import { useMemo, type RefObject } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { useApi } from '../../../api/api-client-context';
import { dayClosureQuery } from '../../../api/capacity';
import { slotsQuery } from '../../../api/slots';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useSlotSubscription } from '../../../realtime/use-slot-subscription';
import { daySeats } from '../day-seats';
import { ClosurePanel } from './closure-panel';
import { DaySeatsPanel } from './day-seats-panel';

type Props = { consulate: Consulate; date: string; reasonRef: RefObject<HTMLInputElement | null> };

/**
 * One consulate-local day: its slots, live (the realtime sync patches this page as seats are held
 * and booked), and whether it is closed.
 */
export function ConsulateDay({ consulate, date, reasonRef }: Props) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const page = useQuery(slotsQuery(api, consulate.id, date, date));
  useSlotSubscription(consulate.id, date, date);
  const closure = useQuery(dayClosureQuery(api, consulate.id, date));
  const slots = page.data?.items;
  const taken = useMemo(() => daySeats(slots ?? [])?.taken ?? 0, [slots]);

  return (
    <>
      {page.isPending ? (
        <Panel title={t('capacity.seats.title')}>
          <p className="empty-state" role="status">
            {t('capacity.seats.loading')}
          </p>
        </Panel>
      ) : page.isError ? (
        <Panel title={t('capacity.seats.title')}>
          <p className="alert alert--error" role="alert">
            {errorText(page.error)}
          </p>
        </Panel>
      ) : (
        <DaySeatsPanel
          consulate={consulate}
          date={date}
          slots={page.data.items}
          closed={Boolean(closure.data)}
        />
      )}
      <ClosurePanel consulate={consulate} date={date} taken={taken} reasonRef={reasonRef} />
    </>
  );
}
