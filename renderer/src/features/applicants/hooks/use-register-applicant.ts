import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateApplicantBody } from '../../../../../shared/api/applicants';
import { useApi } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { queryKeys } from '../../../api/query-keys';

/** Registers a new applicant; searches already cached may now be missing them, so they are asked again. */
export function useRegisterApplicant() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApplicantBody) => createApplicant(api, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.applicants.all() }),
  });
}
