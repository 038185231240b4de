import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LockedAccount } from '../../../../../shared/api/auth';
import { useApi } from '../../../api/api-client-context';
import { lockedAccountsQuery, unlockAccount } from '../../../api/locked-accounts';
import { queryKeys } from '../../../api/query-keys';

/**
 * The locked accounts a lead or admin sees, and the unlock: the account leaves the list at once,
 * and the list is read again (another lead may have unlocked, or locked, others meanwhile).
 */
export function useLockedAccounts() {
  const api = useApi();
  const queryClient = useQueryClient();
  const accounts = useQuery(lockedAccountsQuery(api));
  const unlock = useMutation({
    mutationFn: (account: LockedAccount) => unlockAccount(api, account.userId),
    onSuccess: (_nothing, account) =>
      queryClient.setQueryData<LockedAccount[]>(queryKeys.auth.lockedAccounts(), (list) =>
        list?.filter((item) => item.userId !== account.userId),
      ),
    // Also after a refusal: another lead may have unlocked it first.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.auth.lockedAccounts() }),
  });
  return { accounts, unlock };
}
