import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppointmentList } from '../../../../../shared/api/booking/appointments';
import { addDays } from '../../../../../shared/domain/time/local-date';
import { confirmAppointment } from '../../../api/appointments';
import { createHold } from '../../../api/holds';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { registerApplicant, slotsOf } from '../../../testing/seat-fixtures';
import { renderCallerPanel } from '../testing/caller-harness';

describe("a caller's document review with the birth registration that follows it", () => {
  it('cancelling the review says the registration goes with it, and Enter cancels both at once', async () => {
    const r = await renderCallerPanel('operator24');
    const applicant = await registerApplicant(r.api);
    const slots = (await slotsOf(r.api, 'PHX', 'America/Phoenix')).filter(
      (s) => Date.parse(s.start) > Date.now() + 24 * 3_600_000 && s.available > 0,
    );
    const reviewSlot = slots[0]!;
    // PHX books the registration at least 7 days after the review.
    const registrationSlot = slots.find(
      (s) => s.localStart.slice(0, 10) >= addDays(reviewSlot.localStart.slice(0, 10), 7),
    )!;
    const book = async (slotId: string, procedureId: string) =>
      confirmAppointment(
        r.api,
        (await createHold(r.api, { slotId, applicantId: applicant.id, procedureId })).id,
        newIdempotencyKey('confirm'),
      );
    const review = await book(reviewSlot.id, 'birth-registration-review');
    const registration = await book(registrationSlot.id, 'birth-registration');
    act(() => r.store.getState().selectApplicant(applicant));
    const item = (await screen.findByText(`Código ${review.confirmationCode}`)).closest('li')!;

    await r.user.click(
      within(item).getByRole('button', { name: `Cancelar la cita ${review.confirmationCode}` }),
    );
    const confirm = within(item).getByRole('group', {
      name: `¿Cancelar la cita ${review.confirmationCode}?`,
    });
    const notice = within(confirm).getByRole('alert');
    expect(notice.textContent).toBe(
      `Esta cita es previa a otra, que también se cancelará: «Registro de nacimiento (doble nacionalidad)» ${registration.confirmationCode} del ${formatLocalDate(registration.localStart.slice(0, 10), 'es-MX', 'long')}.`,
    );
    const yes = within(confirm).getByRole('button', { name: 'Sí, cancelar ambas' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    await r.user.keyboard('{Enter}');

    await waitFor(() =>
      expect(
        screen.getByText(
          `Citas ${review.confirmationCode}, ${registration.confirmationCode} canceladas; los lugares quedaron libres.`,
        ),
      ).toBeTruthy(),
    );
    const onServer = await r.api('/api/appointments', {
      query: { applicantId: applicant.id },
      schema: AppointmentList,
    });
    expect(onServer.items.map((a) => [a.id, a.status])).toEqual([
      [review.id, 'cancelled'],
      [registration.id, 'cancelled'],
    ]);
  });
});
