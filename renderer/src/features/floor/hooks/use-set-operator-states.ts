import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FloorOperator, SetOperatorStateBody } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { setOperatorState } from '../../../api/floor';
import { replaceFloorRows } from '../../../realtime/apply-floor-changes';
import { settleAll } from '../settle-all';
import { patchFloor } from './patch-floor';

/** Requests in flight at once when a lead acts on many operators. */
const CONCURRENCY = 6;

export type StatesOutcome = { updated: FloorOperator[]; failures: unknown[] };

/**
 * A state for each selected operator (a break, offline, available): one request each, a few at a
 * time. Some may fail while the others succeed; the rows that changed are patched in the floor.
 */
export function useSetOperatorStates() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      userIds,
      state,
    }: {
      userIds: readonly string[];
      state: SetOperatorStateBody['state'];
    }): Promise<StatesOutcome> => {
      const results = await settleAll(userIds, CONCURRENCY, (userId) =>
        setOperatorState(api, userId, { state }),
      );
      return {
        updated: results.flatMap((r) => (r.ok ? [r.value] : [])),
        failures: results.flatMap((r) => (r.ok ? [] : [r.error])),
      };
    },
    onSuccess: ({ updated }) => patchFloor(queryClient, (floor) => replaceFloorRows(floor, updated)),
  });
}
