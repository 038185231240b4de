import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MyStatus } from '../../../../../shared/api/floor/floor';
import { MyCall } from '../../../../../shared/api/routing';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import type { Api } from '../../../api/api-client-context';
import { reassignOperators } from '../../../api/floor';
import { queryKeys } from '../../../api/query-keys';
import { installDesktopShell, removeDesktopShell } from '../../../testing/desktop-shell';
import { onLiveServer } from '../../../testing/live-server';
import type { IncomingOffer } from '../../../realtime/call-offer-cache';
import {
  otherOperator,
  renderConsole,
  renderWithConsole,
  type Rendered,
} from '../../../testing/render-console';
import { holdSeat } from '../../../testing/seat-fixtures';
import { hangUp, placeCall, registerCaller, unknownNumber } from '../../../testing/telephony';
import { IncomingCallBanner } from './incoming-call-banner';

/**
 * The operator's console rings for routed calls, against the real test server: callers are placed
 * through the telephony API and reach this operator alone — a lead moves them to the rebooking queue,
 * where nobody else of the renderer's tests works, and every call here is placed in that queue.
 */
const USERNAME = 'operator33';
const QUEUE = 'q-outbound-rebooking';
const { undoAfterEach } = onLiveServer();

let lead: Api;
beforeAll(async () => {
  lead = await otherOperator('lead1');
  const operator = await otherOperator(USERNAME);
  const me = await operator('/api/me/status', { schema: MyStatus });
  await reassignOperators(lead, { userIds: [me.userId], queueId: QUEUE, when: 'now' });
});

const banner = () => screen.getByRole('region', { name: 'Llamada entrante' });
const myCall = (r: Rendered) => r.api('/api/me/call', { schema: MyCall.optional() });

/** The console signed in, its live channel up and the operator available to take calls. */
async function availableConsole(): Promise<Rendered> {
  const r = await renderConsole({ username: USERNAME });
  await waitFor(() => expect(r.store.getState().socketStatus).toBe('online'));
  await waitFor(() =>
    expect(r.queryClient.getQueryData<MyStatus>(queryKeys.me.status())?.state).toBe('available'),
  );
  undoAfterEach(() => endAnyCall(r));
  return r;
}

/** Whatever call the test left open is ended, so the next test's operator is free. */
async function endAnyCall(r: Rendered) {
  const open = await myCall(r);
  if (open)
    await r.api(`/api/calls/${open.callId}/end`, {
      method: 'POST',
      body: { wrapUpCode: 'information' },
      schema: null,
    });
  await r.api('/api/me/status', { method: 'PUT', body: { state: 'available' }, schema: null });
}

describe('an incoming call', () => {
  it('rings with the number, language, queue and time left, without taking the focus from typing', async () => {
    const r = await availableConsole();
    const search = screen.getByRole('combobox', { name: 'Buscar solicitante' });
    search.focus();
    await r.user.keyboard('Her');
    const from = unknownNumber();
    const call = await placeCall({ from, language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));

    const ringing = await screen.findByRole('region', { name: 'Llamada entrante' });
    expect(within(ringing).getByText(formatPhone(from))).toBeTruthy();
    expect(within(ringing).getByText('Español')).toBeTruthy();
    expect(within(ringing).getByText('Cola Llamadas salientes: reagendar')).toBeTruthy();
    const left = within(ringing).getByRole('timer');
    expect(left.getAttribute('aria-label')).toMatch(/^\d+ segundos?$/);
    expect(Number(left.textContent?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(Number(left.textContent?.replace(/\D/g, ''))).toBeLessThanOrEqual(15);
    expect(within(ringing).getByText('Número sin registro')).toBeTruthy();
    expect(within(ringing).getByRole('alert').textContent).toBe(
      `Llamada entrante de ${formatPhone(from)}, Español, Cola Llamadas salientes: reagendar. Alt+T para contestar.`,
    );
    expect(
      within(ringing)
        .getByRole('button', { name: /Contestar/ })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Alt+T');
    expect(
      within(ringing)
        .getByRole('button', { name: /Declinar/ })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Alt+D');

    // The operator goes on typing where they were.
    expect(document.activeElement).toBe(search);
    await r.user.keyboard('nández');
    expect((search as HTMLInputElement).value).toBe('Hernández');
  });

  it('Alt+T answers: the one applicant with the number opens and the call bar shows the line', async () => {
    const r = await availableConsole();
    const from = unknownNumber();
    const caller = await registerCaller(r.api, from);
    const call = await placeCall({ from, language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));
    await screen.findByRole('region', { name: 'Llamada entrante' });
    expect(within(banner()).getByText('Un solicitante con este número')).toBeTruthy();

    await r.user.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(r.store.getState().call?.id).toBe(call.id));
    expect(screen.queryByRole('region', { name: 'Llamada entrante' })).toBeNull();
    await waitFor(() => expect(r.store.getState().applicant?.id).toBe(caller.id));
    expect(
      within(screen.getByRole('region', { name: 'Solicitante elegido' })).getByRole('heading', {
        name: `${caller.givenNames} ${caller.firstSurname} ${caller.secondSurname}`,
      }),
    ).toBeTruthy();
    expect(screen.getByTestId('call-line').textContent).toBe(`${formatPhone(from)} · Español`);
    // On to the service: the procedure list has the focus.
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('listbox'));
    const onServer = await myCall(r);
    expect(onServer).toMatchObject({ callId: call.id, status: 'connected', applicantId: caller.id });
  });

  it('several applicants with the number: the search lists them and ↓ Enter picks one', async () => {
    const r = await availableConsole();
    const from = unknownNumber();
    const first = await registerCaller(r.api, from);
    const second = await registerCaller(r.api, from);
    const call = await placeCall({ from, language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));
    await screen.findByRole('region', { name: 'Llamada entrante' });
    expect(within(banner()).getByText('2 solicitantes con este número')).toBeTruthy();
    await r.user.click(within(banner()).getByRole('button', { name: /Contestar/ }));

    const search = await screen.findByRole('combobox', { name: 'Buscar solicitante' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.id.slice(-first.id.length)).sort()).toEqual([first.id, second.id].sort());
    await r.user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(r.store.getState().applicant).not.toBeNull());
    // The server keeps who was picked, for a console that reloads.
    const picked = r.store.getState().applicant!.id;
    await waitFor(async () => expect((await myCall(r))?.applicantId).toBe(picked));
  });

  it('Alt+D declines; offered again (nobody else can take it) and answered, a number not on record opens the register form with it', async () => {
    const r = await availableConsole();
    const from = unknownNumber();
    const call = await placeCall({ from, language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));
    const firstRing = await screen.findByTestId('incoming-call');
    await r.user.keyboard('{Alt>}d{/Alt}');
    await waitFor(() => expect(screen.queryByTestId('incoming-call')).not.toBe(firstRing));
    // Nobody else in the queue: the call comes back to the operator who declined it (after the routing's
    // next look at waiting calls: on two loaded cores that took over 10 s once).
    await screen.findByRole('region', { name: 'Llamada entrante' }, { timeout: 20_000 });
    await r.user.keyboard('{Alt>}t{/Alt}');
    const phone = await screen.findByLabelText(/^Teléfono/);
    expect((phone as HTMLInputElement).value).toBe(from);
    expect(r.store.getState().applicant).toBeNull();
  }, 40_000);

  it('the caller hanging up while it rings takes the banner away and says so', async () => {
    const r = await availableConsole();
    const call = await placeCall({ from: unknownNumber(), language: 'es', queueId: QUEUE });
    await screen.findByRole('region', { name: 'Llamada entrante' });
    await hangUp(call.id);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Llamada entrante' })).toBeNull());
    expect(screen.getByTestId('offer-withdrawn').textContent).toContain(
      'La persona colgó antes de que contestara.',
    );
    expect(r.store.getState().call).toBeNull();
  });

  it('an offer that rang out says the operator is paused and which key makes them available', async () => {
    const r = await renderWithConsole(<IncomingCallBanner />, { username: USERNAME });
    // What call:offer_withdrawn {reason: expired} leaves in the cache (realtime/use-call-sync.ts).
    const rangOut: IncomingOffer = {
      kind: 'withdrawn',
      withdrawn: { offerId: 'o1', callId: 'c1', reason: 'expired' },
      at: Date.now(),
    };
    act(() => r.queryClient.setQueryData(queryKeys.me.offer(), rangOut));
    const text =
      'Se acabó el tiempo para contestar: quedó en pausa (llamada perdida). Alt+B para volver a estar disponible.';
    expect((await screen.findByTestId('offer-withdrawn')).textContent).toContain(text);
    // Said politely in a live region that was there before the text.
    expect(screen.getByRole('status').textContent).toBe(text);
    await r.user.click(screen.getByRole('button', { name: 'Entendido' }));
    expect(screen.queryByTestId('offer-withdrawn')).toBeNull();
  });

  it('rings in the desktop shell with a system notification when the window is not focused, once per offer', async () => {
    const shell = installDesktopShell();
    undoAfterEach(async () => removeDesktopShell());
    const focused = vi.spyOn(document, 'hasFocus');
    undoAfterEach(async () => focused.mockRestore());
    const r = await renderWithConsole(<IncomingCallBanner />, { username: USERNAME });
    const offer = (offerId: string): IncomingOffer => ({
      kind: 'ringing',
      receivedAt: Date.now(),
      offer: {
        offerId,
        callId: `call-${offerId}`,
        from: '+12135550142',
        language: 'es',
        queueId: QUEUE,
        direction: 'inbound',
        offeredAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 15_000).toISOString(),
        matches: [],
      },
    });

    // The console in front: the banner and the ring are enough.
    focused.mockReturnValue(true);
    act(() => r.queryClient.setQueryData(queryKeys.me.offer(), offer('o-front')));
    await screen.findByRole('region', { name: 'Llamada entrante' });
    expect(shell.notify).toEqual([]);

    // Behind another window: the system notification says who is calling.
    focused.mockReturnValue(false);
    act(() => r.queryClient.setQueryData(queryKeys.me.offer(), offer('o-behind')));
    await waitFor(() => expect(shell.notify).toHaveLength(1));
    expect(shell.notify[0]).toEqual({
      title: 'Llamada entrante',
      body: `${formatPhone('+12135550142')} · Español · Cola de apoyo`,
    });
    act(() => r.queryClient.setQueryData(queryKeys.me.offer(), { ...offer('o-behind') }));
    expect(shell.notify).toHaveLength(1);
  });

  it('the caller hanging up during the call opens the wrap-up with the time the server leaves for it', async () => {
    const r = await availableConsole();
    const call = await placeCall({ from: unknownNumber(), language: 'es', queueId: QUEUE });
    await screen.findByRole('region', { name: 'Llamada entrante' });
    await r.user.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(r.store.getState().call?.id).toBe(call.id));
    await hangUp(call.id);
    const dialog = await screen.findByRole('dialog', { name: 'Cerrar la llamada' });
    expect(within(dialog).getByTestId('wrap-up-deadline').textContent).toMatch(
      /^La persona colgó\. Si no cierra la llamada, el sistema la cierra en \d\d:\d\d\./,
    );
    expect(screen.getByTestId('call-line').textContent).toContain('La persona colgó');
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(r.store.getState().call).toBeNull());
    expect(await myCall(r)).toBeUndefined();
  });

  it('a console that reloads mid-call comes back on it: caller, procedure, consulate and the live hold', async () => {
    const r = await availableConsole();
    const from = unknownNumber();
    const caller = await registerCaller(r.api, from);
    const call = await placeCall({ from, language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));
    await screen.findByRole('region', { name: 'Llamada entrante' });
    await r.user.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(r.store.getState().applicant?.id).toBe(caller.id));
    const hold = await holdSeat(r.api, caller.id);
    r.store.getState().selectProcedure(hold.procedureId);
    r.store.getState().setHold(hold);
    await waitFor(async () => expect((await myCall(r))?.procedureId).toBe(hold.procedureId));
    r.unmount();

    // The same operator's console, started afresh.
    const again = await renderConsole({ username: USERNAME });
    await waitFor(() => expect(again.store.getState().call?.id).toBe(call.id));
    const state = again.store.getState();
    expect(state.applicant?.id).toBe(caller.id);
    expect(state.procedureId).toBe(hold.procedureId);
    expect(state.hold).toMatchObject({ id: hold.id, slotId: hold.slotId, expiresAt: hold.expiresAt });
    expect(state.selectedSlotId).toBe(hold.slotId);
    // The consulate comes back with the hold's seat.
    expect(state.consulateId).not.toBeNull();
    expect(state.line).toMatchObject({ from, language: 'es', hungUpAt: null });
    expect(screen.getByTestId('call-line').textContent).toBe(`${formatPhone(from)} · Español`);
  });
});
