import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Shift, WeeklySchedule } from '../../../../../shared/api/shifts';
import { useApi } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { putSchedule } from '../../../api/shifts';

/**
 * Replaces one operator's week. The saved week goes into the cached list at once; the coverage of
 * every date may change with it, so it is read again before the save is said to be done.
 */
export function useSaveSchedule(userId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shifts: Shift[]) => putSchedule(api, userId, { shifts }),
    onSuccess: async (saved) => {
      queryClient.setQueryData<WeeklySchedule[]>(queryKeys.shifts.schedules(), (list) => [
        ...(list ?? []).filter((s) => s.userId !== saved.userId),
        saved,
      ]);
      await queryClient.invalidateQueries({ queryKey: queryKeys.shifts.allCoverage() });
    },
  });
}
