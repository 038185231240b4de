import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { useApi } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { deleteWaitlistEntry } from '../../../api/waitlist';

/** Takes an entry off the list (DELETE): a seat held for it passes to the next person waiting. */
export function useLeaveWaitlist() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: WaitlistEntry) => deleteWaitlistEntry(api, entry.id),
    onSuccess: (_, entry) => {
      queryClient.setQueryData<WaitlistEntry[]>(queryKeys.waitlist.ofApplicant(entry.applicantId), (old) =>
        old?.filter((e) => e.id !== entry.id),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.waitlist.all() });
    },
  });
}
