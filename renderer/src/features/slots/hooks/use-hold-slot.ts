import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { createHold, releaseHold } from '../../../api/holds';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Holds a slot for the caller and procedure of the call (as the new seat of a reschedule when one
 * is under way), then hands over to the booking panel. A seat already held for this call is given
 * back first: one caller, one seat.
 */
export function useHoldSlot() {
  const api = useApi();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: async (slotId: string) => {
      const state = store.getState();
      if (!state.applicant || !state.procedureId) throw new Error('hold needs a caller and a procedure');
      if (state.hold?.slotId === slotId) return state.hold;
      if (state.hold) {
        await releaseHold(api, state.hold.id).catch(() => undefined);
        store.getState().setHold(null);
      }
      return createHold(api, {
        slotId,
        applicantId: state.applicant.id,
        procedureId: state.procedureId,
        ...(state.reschedulingAppointmentId
          ? { replacesAppointmentId: state.reschedulingAppointmentId }
          : {}),
      });
    },
    onSuccess: (hold) => {
      const state = store.getState();
      if (state.hold?.id !== hold.id) state.setHold(hold);
      state.selectSlot(hold.slotId);
      state.focusPanel('booking');
    },
  });
}
