import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWaitlistEntryBody, WaitlistEntry } from '../../../../../shared/api/waitlist';
import { useApi } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { createWaitlistEntry } from '../../../api/waitlist';

/** Puts the caller on the waitlist; their open record shows the new entry at once. */
export function useCreateWaitlistEntry() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWaitlistEntryBody) => createWaitlistEntry(api, body),
    onSuccess: (entry) => {
      queryClient.setQueryData<WaitlistEntry[]>(queryKeys.waitlist.ofApplicant(entry.applicantId), (old) => [
        entry,
        ...(old ?? []).filter((e) => e.id !== entry.id),
      ]);
      void queryClient.invalidateQueries({ queryKey: queryKeys.waitlist.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.waitlist.summary() });
    },
  });
}
