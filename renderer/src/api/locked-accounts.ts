import { queryOptions } from '@tanstack/react-query';
import { LockedAccountList } from '../../../shared/api/auth';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/** How often the list of locked accounts is read again while a lead or admin looks at it. */
export const LOCKED_ACCOUNTS_REFRESH_MS = 60_000;

/** Accounts locked after too many failed sign-ins, oldest lock first (leads and admins). */
export const lockedAccountsQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.auth.lockedAccounts(),
    queryFn: ({ signal }) =>
      api('/api/auth/locked-accounts', { schema: LockedAccountList, signal }).then((r) => r.items),
    staleTime: 10_000,
    refetchInterval: LOCKED_ACCOUNTS_REFRESH_MS,
  });

/** Lifts the lock: the account's right password signs in again (audited on the server). */
export const unlockAccount = (api: Api, userId: string) =>
  api(`/api/auth/locked-accounts/${encodeURIComponent(userId)}`, { method: 'DELETE', schema: null });
