import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Applicant } from '../../../shared/api/applicants';
import type { Slot } from '../../../shared/api/slots';
import type { Rendered } from './render-console';
import { registerApplicant, slotWithSeats } from './seat-fixtures';

type Place = { procedureId: string; consulateId: string; timeZone: string };

/**
 * A fresh caller and a slot of the consulate with a free seat for them. Once the live channel is
 * up, the caller, the service and the consulate are put in the store as the first three steps leave
 * them; the test goes on from there (a hold, a selected slot, where the focus goes).
 */
export async function callerWithSeat(
  { api, store }: Rendered,
  { procedureId, consulateId, timeZone }: Place,
): Promise<{ applicant: Applicant; slot: Slot }> {
  const applicant = await registerApplicant(api);
  const slot = await slotWithSeats(api, consulateId, timeZone);
  await waitFor(() => expect(store.getState().socketStatus).toBe('online'));
  act(() => {
    const s = store.getState();
    s.selectApplicant(applicant);
    s.selectProcedure(procedureId);
    s.selectConsulate(consulateId);
  });
  return { applicant, slot };
}
