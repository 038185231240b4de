import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReassignBody } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { reassignOperators } from '../../../api/floor';
import { recordReassignments } from '../../../realtime/apply-floor-changes';
import { patchFloor } from './patch-floor';

/** Moves the selected operators to a queue, now or after the call each is on: all of them, or none. */
export function useReassignOperators() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignBody) => reassignOperators(api, body),
    onSuccess: (items) => patchFloor(queryClient, (floor) => recordReassignments(floor, items)),
  });
}
