import { useMutation } from '@tanstack/react-query';
import type { RunEventBody } from '../../../../../shared/api/practice';
import { useApi } from '../../../api/api-client-context';
import { sendRunEvent } from '../../../api/practice';

/** Tells the server what it cannot see of the trainee's call (requirements read, the read-back shown). */
export function useReportRunEvent() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ runId, body }: { runId: string; body: RunEventBody }) => sendRunEvent(api, runId, body),
  });
}
