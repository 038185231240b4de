import { useMutation } from '@tanstack/react-query';
import type { OperatorSignOut } from '../../../../../shared/api/floor/operator-sign-out';
import { useApi } from '../../../api/api-client-context';
import { signOutOperator } from '../../../api/floor';
import { settleAll } from '../settle-all';

/** Requests in flight at once when a lead signs out many operators. */
const CONCURRENCY = 6;

export type SignOutOutcome = { signedOut: OperatorSignOut[]; failures: unknown[] };

/**
 * Signs the chosen operators out everywhere, one request each, a few at a time. Their rows stay:
 * the floor hears their consoles go (`floor:changed`).
 */
export function useSignOutOperators() {
  const api = useApi();
  return useMutation({
    mutationFn: async (userIds: readonly string[]): Promise<SignOutOutcome> => {
      const results = await settleAll(userIds, CONCURRENCY, (userId) => signOutOperator(api, userId));
      return {
        signedOut: results.flatMap((r) => (r.ok ? [r.value] : [])),
        failures: results.flatMap((r) => (r.ok ? [] : [r.error])),
      };
    },
  });
}
