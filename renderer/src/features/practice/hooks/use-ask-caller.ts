import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { sendRunEvent } from '../../../api/practice';

/** Asks the simulated caller one of the scenario's questions; the run comes back with the line revealed. */
export function useAskCaller() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ runId, lineIndex }: { runId: string; lineIndex: number }) =>
      sendRunEvent(api, runId, { kind: 'ask', lineIndex }),
  });
}
