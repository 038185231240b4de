import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Floor, FloorOperator, ReassignWhen, SetOperatorStateBody } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { reassignOperators, setOperatorState } from '../../../api/floor';
import { queryKeys } from '../../../api/query-keys';
import { recordReassignments, replaceFloorRows } from '../../../realtime/apply-floor-changes';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { settleAll } from '../settle-all';

/** Requests in flight at once when a lead acts on many operators. */
const CONCURRENCY = 6;

export type ActionOutcome = { kind: 'done' | 'error'; text: string } | null;

/**
 * What a lead does to the selected operators: a state for each (one request each, a few at a time),
 * or one reassignment of them all. Answers patch the cached floor at once; `floor:changed` follows.
 */
export function useFloorActions() {
  const api = useApi();
  const queryClient = useQueryClient();
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome>(null);

  const patch = useCallback(
    (change: (floor: Floor) => Floor) => {
      const key = queryKeys.floor.operators();
      const floor = queryClient.getQueryData<Floor>(key);
      if (floor) queryClient.setQueryData(key, change(floor));
    },
    [queryClient],
  );

  const setStates = async (userIds: readonly string[], state: SetOperatorStateBody['state']) => {
    setBusy(true);
    setOutcome(null);
    const results = await settleAll(userIds, CONCURRENCY, (userId) => setOperatorState(api, userId, { state }));
    const updated = results.flatMap((r) => (r.ok ? [r.value] : [])) as FloorOperator[];
    const failures = results.flatMap((r) => (r.ok ? [] : [r.error]));
    patch((floor) => replaceFloorRows(floor, updated));
    setOutcome(
      failures.length
        ? { kind: 'error', text: t('floor.action.failed', { count: failures.length, reason: errorText(failures[0]) }) }
        : { kind: 'done', text: t('floor.action.done', { count: updated.length }) },
    );
    setBusy(false);
  };

  /** Null when done; otherwise the operator-facing reason, for the dialog to show. */
  const reassign = async (userIds: readonly string[], queueId: string, when: ReassignWhen, queueName: string): Promise<string | null> => {
    setBusy(true);
    setOutcome(null);
    try {
      const items = await reassignOperators(api, { userIds: [...userIds], queueId, when });
      patch((floor) => recordReassignments(floor, items));
      setOutcome({ kind: 'done', text: t('floor.reassign.done', { count: items.length, queue: queueName }) });
      return null;
    } catch (failure) {
      return errorText(failure);
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, setStates, reassign };
}
