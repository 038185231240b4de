import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { startRun } from '../../../api/practice';

/** Starts a run of a scenario: its simulated caller, with the opening line. */
export function useStartRun() {
  const api = useApi();
  return useMutation({ mutationFn: (scenarioId: string) => startRun(api, scenarioId) });
}
