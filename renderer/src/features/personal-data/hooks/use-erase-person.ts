import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Applicant } from '../../../../../shared/api/applicants';
import { useApi } from '../../../api/api-client-context';
import { erasePerson } from '../../../api/personal-data';
import { queryKeys } from '../../../api/query-keys';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Erases one person with the reason. The open record shows what remains (read again: no name, no
 * CURP, no phone), and every search and appointment list reads again.
 */
export function useErasePerson() {
  const api = useApi();
  const queryClient = useQueryClient();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: async ({ applicantId, reason }: { applicantId: string; reason: string }) => {
      const result = await erasePerson(api, applicantId, { reason });
      const remains = await api(`/api/applicants/${encodeURIComponent(applicantId)}`, { schema: Applicant });
      return { result, remains };
    },
    onSuccess: ({ remains }) => {
      const state = store.getState();
      if (state.applicant?.id === remains.id) state.selectApplicant(remains);
      void queryClient.invalidateQueries({ queryKey: queryKeys.applicants.all() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.appointments.all() });
    },
  });
}
