import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery } from '../../../api/appointments';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { lastAppointmentConsulateId } from '../consulate-suggestion';

/**
 * The consulate of the caller's latest appointment (from the cached appointments of the caller),
 * preselected once per caller when none is chosen yet, so a returning caller goes straight on.
 */
export function useSuggestedConsulate(): string | null {
  const api = useApi();
  const store = useConsoleStore();
  const applicantId = useConsole((s) => s.applicant?.id ?? null);
  const { data } = useQuery({
    ...appointmentsOfQuery(api, applicantId ?? ''),
    enabled: applicantId !== null,
  });
  const suggested = applicantId ? lastAppointmentConsulateId(data) : null;
  const preselectedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!applicantId || !suggested || preselectedFor.current === applicantId) return;
    preselectedFor.current = applicantId;
    if (store.getState().consulateId === null) store.getState().selectConsulate(suggested);
  }, [applicantId, suggested, store]);

  return suggested;
}
