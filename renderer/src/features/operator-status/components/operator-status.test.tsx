import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Floor, MyStatus } from '../../../../../shared/api/floor/floor';
import { QueueLoadList } from '../../../../../shared/api/floor/queues';
import type { Api } from '../../../api/api-client-context';
import { reassignOperators, setOperatorState } from '../../../api/floor';
import { myStatusQuery, setMyState } from '../../../api/me-status';
import { App } from '../../../app/app';
import type { ConsoleSocket } from '../../../realtime/console-socket';
import { useSocket } from '../../../realtime/socket-context';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole, type Rendered } from '../../../testing/render-console';

const { undoAfterEach } = onLiveServer();

const fetchStatus = (api: Api) => api('/api/me/status', { schema: MyStatus });

let liveSocket: ConsoleSocket | null = null;
function KeepSocket() {
  liveSocket = useSocket();
  return null;
}

/** The operator's console, signed in and back to "available" whatever an earlier test left. */
async function openConsole(username: string): Promise<Rendered> {
  const r = await renderWithConsole(
    <>
      <KeepSocket />
      <App />
    </>,
    { username },
  );
  await waitFor(() => expect(r.store.getState().socketStatus).toBe('online'));
  const status = await fetchStatus(r.api);
  if (status.state !== 'available') await setMyState(r.api, { state: 'available' });
  await waitFor(() => expect(pillText()).toMatch(/^Disponible/));
  return r;
}

const statusGroup = () => screen.getByRole('group', { name: 'Su estado' });
const pillText = () => within(statusGroup()).getByTestId('my-state').textContent ?? '';

const floorRowOf = async (lead: Api, userId: string) =>
  (await lead('/api/floor', { schema: Floor })).operators.find((o) => o.userId === userId);

describe('the operator’s own state in the header', () => {
  it('follows the call from start to wrap-up to its end, and the break key both ways', async () => {
    const r = await openConsole('operator25');
    expect(within(statusGroup()).getByText(/^Cola: /)).toBeTruthy();

    await r.user.keyboard('{Alt>}n{/Alt}');
    await waitFor(() => expect(pillText()).toMatch(/^En llamada/));
    await r.user.keyboard('{Alt>}w{/Alt}');
    await waitFor(() => expect(pillText()).toMatch(/^Cierre de llamada/));
    await r.user.keyboard('{Enter}');
    await screen.findByText(/^Llamada registrada/);
    await waitFor(() => expect(pillText()).toMatch(/^Disponible/));

    await r.user.keyboard('{Alt>}b{/Alt}');
    await waitFor(() => expect(pillText()).toMatch(/^En descanso/));
    expect((await fetchStatus(r.api)).state).toBe('break');
    expect(
      within(statusGroup())
        .getByRole('button', { name: /Volver a disponible/ })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Alt+B');
    await r.user.keyboard('{Alt>}b{/Alt}');
    await waitFor(() => expect(pillText()).toMatch(/^Disponible/));
    expect((await fetchStatus(r.api)).state).toBe('available');
  });

  it('keeps a break asked for during a call pending, and starts it when the call ends', async () => {
    const r = await openConsole('operator28');
    undoAfterEach(() => setMyState(r.api, { state: 'available' }));
    await r.user.keyboard('{Alt>}n{/Alt}');
    await waitFor(() => expect(pillText()).toMatch(/^En llamada/));

    await r.user.keyboard('{Alt>}b{/Alt}');
    expect(await within(statusGroup()).findByText('Descanso al terminar esta llamada')).toBeTruthy();
    expect(pillText()).toMatch(/^En llamada/);
    expect((await fetchStatus(r.api)).pendingState).toBe('break');

    await r.user.keyboard('{Alt>}w{/Alt}');
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(pillText()).toMatch(/^En descanso/));
    expect(within(statusGroup()).queryByText('Descanso al terminar esta llamada')).toBeNull();
  });

  it('shows what another console of the same operator did, at once', async () => {
    const r = await openConsole('operator29');
    undoAfterEach(() => setMyState(r.api, { state: 'available' }));
    // The same operator signed in at a second desk.
    const secondDesk = await otherOperator('operator29');
    await setMyState(secondDesk, { state: 'break' });
    await waitFor(() => expect(pillText()).toMatch(/^En descanso/));
  });

  it('reloads the state after a reconnect that could not replay what it missed', async () => {
    const r = await openConsole('operator30');
    undoAfterEach(() => setMyState(r.api, { state: 'available' }));
    const key = myStatusQuery(r.api).queryKey;
    let fetches = 0;
    const stop = r.queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'fetch' &&
        event.query.queryKey.join() === key.join()
      )
        fetches++;
    });
    act(() => liveSocket!.disconnect());
    // Changed while this console was not listening.
    await setMyState(r.api, { state: 'break' });
    act(() => liveSocket!.connect());
    await waitFor(() => expect(fetches).toBeGreaterThanOrEqual(1));
    stop();
    await waitFor(() => expect(pillText()).toMatch(/^En descanso/));
  });
});

describe('what a shift lead changes for the operator', () => {
  it('shows a reassignment at once without taking the focus, and the lead’s floor sees it acknowledged', async () => {
    const r = await openConsole('operator26');
    const me = r.store.getState().user!;
    const lead = await otherOperator('lead1');
    const queues = (await lead('/api/floor/queues', { schema: QueueLoadList })).items;
    const before = await floorRowOf(lead, me.id);
    const target = queues.find((q) => q.id !== before?.queueId)!;
    undoAfterEach(() =>
      before?.queueId
        ? reassignOperators(lead, { userIds: [me.id], queueId: before.queueId, when: 'now' })
        : Promise.resolve(),
    );

    const focused = document.activeElement;
    await reassignOperators(lead, { userIds: [me.id], queueId: target.id, when: 'now' });

    const notice = await screen.findByText(`Su líder de turno lo cambió a la cola ${target.name.es}.`, {
      exact: false,
    });
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(document.activeElement).toBe(focused);
    await waitFor(() => expect(within(statusGroup()).getByText(`Cola: ${target.name.es}`)).toBeTruthy());
    // Showing the notice acknowledged it: that is what the lead's floor shows.
    await waitFor(async () =>
      expect((await floorRowOf(lead, me.id))?.reassignment).toMatchObject({
        toQueueId: target.id,
        status: 'acknowledged',
      }),
    );

    // It stays until the operator dismisses it.
    expect(screen.getByText(/Su líder de turno lo cambió/)).toBeTruthy();
    await r.user.keyboard('{Alt>}o{/Alt}');
    await waitFor(() => expect(screen.queryByText(/Su líder de turno lo cambió/)).toBeNull());
  });

  it('says a break was the lead’s and how to come back, and the button brings the operator back', async () => {
    const r = await openConsole('operator27');
    const me = r.store.getState().user!;
    const lead = await otherOperator('lead1');
    undoAfterEach(() => setMyState(r.api, { state: 'available' }));

    await setOperatorState(lead, me.id, { state: 'break' });
    await waitFor(() => expect(pillText()).toMatch(/^En descanso/));
    expect(
      screen.getByText('Su líder de turno lo puso en descanso. Para volver, Alt+B o el botón.'),
    ).toBeTruthy();

    await r.user.click(within(statusGroup()).getByRole('button', { name: /Volver a disponible/ }));
    await waitFor(() => expect(pillText()).toMatch(/^Disponible/));
    expect(screen.queryByText(/Su líder de turno lo puso en descanso/)).toBeNull();
    expect(r.queryClient.getQueryData(myStatusQuery(r.api).queryKey)?.reason).toBe('console');
  });
});
