import { act, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { QueueLoad } from '../../../../../shared/api/floor/queues';
import { queryKeys } from '../../../api/query-keys';
import { useFloorSubscription } from '../../../realtime/use-floor-subscription';
import { onLiveServer } from '../../../testing/live-server';
import { renderWithConsole } from '../../../testing/render-console';
import { hangUp, placeCall, unknownNumber } from '../../../testing/telephony';
import { QueueLoadPanel } from './queue-load-panel';

const { undoAfterEach } = onLiveServer();

/** Civil registry: the queue these tests place their callers in (no other test file does). */
const QUEUE = 'q-civil-registry';

/** The floor's live room, as the lead's floor view joins it. */
function Live({ children }: { children: ReactNode }) {
  useFloorSubscription();
  return children;
}

const cardOf = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^${name}`) });
const figure = (card: HTMLElement, id: string) =>
  card.querySelector(`[data-figure="${id}"] dd`)?.textContent ?? '';
const state = (card: HTMLElement, id: string) =>
  card.querySelector(`[data-state="${id}"] strong`)?.textContent ?? '';

describe('the queues live', () => {
  it('show each queue’s figures and its operators by state, in Spanish and in English', async () => {
    const { queryClient, store } = await renderWithConsole(<QueueLoadPanel />, { username: 'lead1' });
    await screen.findByRole('list', { name: 'Cifras de cada cola' });
    const loads = queryClient.getQueryData<QueueLoad[]>(queryKeys.floor.queues())!;
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(loads.length);
    const passports = loads.find((q) => q.id === 'q-passports')!;
    const card = cardOf('Pasaportes');
    expect(within(card).getByText('En espera')).toBeTruthy();
    expect(figure(card, 'waiting')).toBe(String(passports.waiting));
    expect(state(card, 'members')).toBe(String(passports.members));
    expect(state(card, 'available')).toBe(String(passports.available));
    expect(state(card, 'offline')).toBe(String(passports.offline));
    expect(passports.members).toBe(
      passports.available + passports.onCall + passports.wrapUp + passports.onBreak + passports.offline,
    );
    expect(within(card).getByText(/^Meta: \d+\s?% atendidas en \d+ s$/)).toBeTruthy();

    act(() => store.getState().toggleLocale());
    await screen.findByRole('list', { name: 'Figures of each queue' });
    const en = cardOf('Passports');
    expect(within(en).getByText('Waiting')).toBeTruthy();
    expect(within(en).getByText('SL 30 min')).toBeTruthy();
  });

  it('show a caller waiting, then the queue below its target when they hang up unanswered, said aloud', async () => {
    await renderWithConsole(
      <Live>
        <QueueLoadPanel />
      </Live>,
      { username: 'lead1' },
    );
    await screen.findByRole('list', { name: 'Cifras de cada cola' });
    const call = await placeCall({ from: unknownNumber(), language: 'es', queueId: QUEUE });
    undoAfterEach(() => hangUp(call.id));
    // queues:changed brings the caller onto the card, last four digits only, with a growing wait.
    await waitFor(() =>
      expect(within(cardOf('Registro civil')).getByText(`…${call.from.slice(-4)}`)).toBeTruthy(),
    );
    expect(Number(figure(cardOf('Registro civil'), 'waiting'))).toBeGreaterThanOrEqual(1);

    await hangUp(call.id);
    // An abandoned call counts against the service level: under the 80 % target.
    await waitFor(() =>
      expect(within(cardOf('Registro civil')).getByText('Por debajo de la meta')).toBeTruthy(),
    );
    expect(within(cardOf('Registro civil')).queryByText(`…${call.from.slice(-4)}`)).toBeNull();
    const alerts = screen.getByRole('log');
    expect(alerts.getAttribute('aria-live')).toBe('polite');
    // Other queues may fall at the same time (other tests' callers): ours is one line of the log.
    await waitFor(() =>
      expect([...alerts.querySelectorAll('p')].map((p) => p.textContent)).toContainEqual(
        expect.stringMatching(
          /^Registro civil: el nivel de servicio \(.+\) está por debajo de la meta \(80\s?%\)\.$/,
        ),
      ),
    );
  });

  it('let a lead change a queue’s target by keyboard, the alert clearing when the target is met', async () => {
    const { user, api } = await renderWithConsole(
      <Live>
        <QueueLoadPanel />
      </Live>,
      { username: 'lead1' },
    );
    undoAfterEach(() =>
      api(`/api/floor/queues/${QUEUE}/target`, {
        method: 'PUT',
        body: { serviceLevelTarget: 0.8, serviceLevelSeconds: 20 },
        schema: QueueLoad,
      }),
    );
    // A caller who hung up unanswered keeps the queue's level under 80 %.
    const call = await placeCall({ from: unknownNumber(), language: 'es', queueId: QUEUE });
    await hangUp(call.id);
    await waitFor(() =>
      expect(within(cardOf('Registro civil')).getByText('Por debajo de la meta')).toBeTruthy(),
    );

    const change = within(cardOf('Registro civil')).getByRole('button', {
      name: 'Cambiar meta de Registro civil',
    });
    change.focus();
    await user.keyboard('{Enter}');
    const percent = await screen.findByRole('spinbutton', { name: 'Meta (%)' });
    expect(document.activeElement).toBe(percent);
    // A share over 100 % is refused in words, nothing sent.
    await user.clear(percent);
    await user.keyboard('150{Enter}');
    expect(
      await screen.findByText('Escribe un porcentaje entero de 0 a 100 y de 1 a 600 segundos.'),
    ).toBeTruthy();
    // So is a fraction of a percent, which the server refuses (a target is a whole percent).
    await user.clear(percent);
    await user.keyboard('57.5{Enter}');
    expect(
      await screen.findByText('Escribe un porcentaje entero de 0 a 100 y de 1 a 600 segundos.'),
    ).toBeTruthy();
    await user.clear(percent);
    await user.keyboard('0{Enter}');

    await waitFor(() =>
      expect(within(cardOf('Registro civil')).getByText(/^Meta: 0\s?% atendidas en 20 s$/)).toBeTruthy(),
    );
    expect(screen.getByText('Meta de Registro civil guardada.')).toBeTruthy();
    // Focus goes back to the button that opened the form.
    expect(document.activeElement?.textContent).toBe('Cambiar meta');
    expect(within(cardOf('Registro civil')).queryByText('Por debajo de la meta')).toBeNull();
    await waitFor(() =>
      expect([...screen.getByRole('log').querySelectorAll('p')].map((p) => p.textContent)).toContain(
        'Registro civil: el nivel de servicio volvió a la meta.',
      ),
    );

    // Escape closes the form without saving.
    await user.keyboard('{Enter}');
    await screen.findByRole('spinbutton', { name: 'Meta (%)' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('spinbutton', { name: 'Meta (%)' })).toBeNull();
  });
});
