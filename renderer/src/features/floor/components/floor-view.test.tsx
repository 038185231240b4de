import { act, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Floor } from '../../../../../shared/api/floor/floor';
import { QueueLoadList } from '../../../../../shared/api/floor/queues';
import type { Api } from '../../../api/api-client-context';
import { reassignOperators } from '../../../api/floor';
import { setMyState } from '../../../api/me-status';
import { queryKeys } from '../../../api/query-keys';
import { useShortcutListener } from '../../../commands/command-registry';
import type { ConsoleSocket } from '../../../realtime/console-socket';
import { useSocket } from '../../../realtime/socket-context';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole, type Rendered } from '../../../testing/render-console';
import { floorRowRenders } from '../floor-row-renders';
import { FloorView } from './floor-view';

beforeAll(() => {
  window.CSS ??= {} as typeof CSS;
  window.CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');
});

const { undoAfterEach } = onLiveServer();

let liveSocket: ConsoleSocket | null = null;

/** The console's shortcut listener, as the console screen mounts it; keeps the live socket for a test to drop. */
function WithShortcuts({ children }: { children: ReactNode }) {
  useShortcutListener();
  liveSocket = useSocket();
  return children;
}

async function renderFloor(): Promise<Rendered> {
  const r = await renderWithConsole(
    <WithShortcuts>
      <FloorView />
    </WithShortcuts>,
    { username: 'lead1' },
  );
  await screen.findByRole('grid', { name: 'Operadores del piso' });
  return r;
}

const floorOf = (api: Api) => api('/api/floor', { schema: Floor });
const rowOf = (userId: string) => document.querySelector<HTMLElement>(`tr[data-user-id="${userId}"]`);

describe('the lead’s live floor', () => {
  it('shows every operator of the floor from the server', async () => {
    const { api } = await renderFloor();
    const floor = await floorOf(api);
    expect(
      screen.getByText(
        `${floor.operators.length} de ${floor.operators.length} operadores · ninguno seleccionado`,
      ),
    ).toBeTruthy();
    expect(floor.operators.length).toBeGreaterThanOrEqual(40);
  });

  it('reassigns the selected operator with the dialog: queue and “now” as chosen', async () => {
    const { api, user, store } = await renderFloor();
    const lead = store.getState().user!;
    const queues = (await api('/api/floor/queues', { schema: QueueLoadList })).items;
    const before = (await floorOf(api)).operators.find((o) => o.username === 'operator34')!;
    const target = queues.find((q) => q.id !== before.queueId)!;
    undoAfterEach(() =>
      reassignOperators(api, { userIds: [before.userId], queueId: before.queueId!, when: 'now' }),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Nombre o usuario' }), 'operator34');
    await waitFor(() => expect(screen.getByText(/^1 de \d+ operadores/)).toBeTruthy());
    act(() => rowOf(before.userId)!.focus());
    await user.keyboard(' ');
    await user.keyboard('{Alt>}r{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Cambiar de cola a 1 operador' });
    await user.click(within(dialog).getByRole('radio', { name: target.name.es }));
    await user.click(within(dialog).getByRole('radio', { name: 'Ahora' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cambiar de cola' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText(`1 operador pasa a ${target.name.es}.`)).toBeTruthy();
    const after = (await floorOf(api)).operators.find((o) => o.userId === before.userId)!;
    expect(after.queueId).toBe(target.id);
    expect(after.reassignment).toMatchObject({
      fromQueueId: before.queueId,
      toQueueId: target.id,
      when: 'now',
      requestedBy: lead.id,
    });
    await waitFor(() =>
      expect(
        within(rowOf(before.userId)!).getByText(
          new RegExp(`^(Aplicado|Visto en su consola): ${target.name.es}`),
        ),
      ).toBeTruthy(),
    );
    expect(within(rowOf(before.userId)!).getAllByRole('gridcell')[3]!.textContent).toBe(target.name.es);
  });

  it('shows an operator’s change live, re-rendering only that operator’s row', async () => {
    const { queryClient, user } = await renderFloor();
    // operator3 and operator30…39: all of them in view at once.
    await user.type(screen.getByRole('searchbox', { name: 'Nombre o usuario' }), 'operator3');
    const operator = await otherOperator('operator35');
    undoAfterEach(() => setMyState(operator, { state: 'available' }));
    const key = queryKeys.floor.operators();
    const me = queryClient.getQueryData<Floor>(key)!.operators.find((o) => o.username === 'operator35')!;
    if (me.state === 'break') await setMyState(operator, { state: 'available' });
    await waitFor(() =>
      expect(within(rowOf(me.userId)!).getAllByRole('gridcell')[1]!.textContent).not.toMatch(/^En descanso/),
    );
    // Let the floor settle: live changes of earlier steps, the queue load's refresh.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitFor(() => expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle'));
    let fetches = 0;
    const stop = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch' && event.query.queryKey[1] === key[1])
        fetches++;
    });
    const before = queryClient.getQueryData<Floor>(key)!;
    floorRowRenders.reset();

    await setMyState(operator, { state: 'break' });

    await waitFor(() =>
      expect(within(rowOf(me.userId)!).getAllByRole('gridcell')[1]!.textContent).toMatch(/^En descanso/),
    );
    stop();
    expect(fetches).toBe(0);
    expect(floorRowRenders.of(me.userId)).toBe(1);
    // Every other row in view whose operator did not change (other tests may move a few) rendered nothing.
    const after = queryClient.getQueryData<Floor>(key)!;
    const untouched = after.operators.filter((o) => before.operators.includes(o) && rowOf(o.userId));
    expect(untouched.length).toBeGreaterThan(4);
    for (const o of untouched) expect(floorRowRenders.of(o.userId), o.username).toBe(0);
  });
});

describe('the floor after the live channel comes back', () => {
  it('joins the floor again and reloads it when what was missed cannot be replayed', async () => {
    const { queryClient } = await renderFloor();
    const key = queryKeys.floor.operators();
    await waitFor(() => expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle'));
    let fetches = 0;
    const stop = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'fetch' &&
        event.query.queryKey.join() === key.join()
      )
        fetches++;
    });
    // A disconnect the console did not choose to recover from: the server's room and events are gone.
    act(() => {
      liveSocket!.disconnect();
      liveSocket!.connect();
    });
    await waitFor(() => expect(fetches).toBeGreaterThanOrEqual(1));
    stop();
    expect(screen.getByRole('grid', { name: 'Operadores del piso' })).toBeTruthy();
  });
});
