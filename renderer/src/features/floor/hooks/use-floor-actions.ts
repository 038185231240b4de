import { useState } from 'react';
import type { ReassignWhen, SetOperatorStateBody } from '../../../../../shared/api/floor/floor';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useReassignOperators } from './use-reassign-operators';
import { useSetOperatorStates } from './use-set-operator-states';

export type ActionOutcome = { kind: 'done' | 'error'; text: string } | null;

/**
 * What a lead does to the selected operators, and what is said after: a state for each, or one
 * reassignment of them all. A failed reassignment is said in its dialog (`onFailed`), not here.
 */
export function useFloorActions() {
  const t = useT();
  const errorText = useErrorText();
  const states = useSetOperatorStates();
  const reassignment = useReassignOperators();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);

  const setStates = (userIds: readonly string[], state: SetOperatorStateBody['state']) => {
    setOutcome(null);
    states.mutate(
      { userIds, state },
      {
        onSuccess: ({ updated, failures }) =>
          setOutcome(
            failures.length
              ? {
                  kind: 'error',
                  text: t('floor.action.failed', { count: failures.length, reason: errorText(failures[0]) }),
                }
              : { kind: 'done', text: t('floor.action.done', { count: updated.length }) },
          ),
      },
    );
  };

  const reassign = (
    userIds: readonly string[],
    queueId: string,
    when: ReassignWhen,
    queueName: string,
    done: { onDone: () => void; onFailed: (reason: string) => void },
  ) => {
    setOutcome(null);
    reassignment.mutate(
      { userIds: [...userIds], queueId, when },
      {
        onSuccess: (items) => {
          setOutcome({
            kind: 'done',
            text: t('floor.reassign.done', { count: items.length, queue: queueName }),
          });
          done.onDone();
        },
        onError: (failure) => done.onFailed(errorText(failure)),
      },
    );
  };

  return { busy: states.isPending || reassignment.isPending, outcome, setStates, reassign };
}
