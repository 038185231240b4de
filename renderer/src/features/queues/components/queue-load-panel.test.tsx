import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Floor } from '../../../../../shared/api/floor/floor';
import type { QueueLoad } from '../../../../../shared/api/floor/queues';
import { endCall, startCall } from '../../../api/calls';
import { queryKeys } from '../../../api/query-keys';
import { onLiveServer } from '../../../testing/live-server';
import { otherOperator, renderWithConsole } from '../../../testing/render-console';
import { QueueLoadPanel } from './queue-load-panel';

onLiveServer();

/** The text of each cell of a queue's row, by its column header. */
function rowByColumn(queueName: string): Record<string, string> {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(`^${queueName}`) })
    .closest('tr')!;
  const cells = [...row.children].map((c) => c.textContent ?? '');
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

describe('the queue load', () => {
  it('shows each queue’s operators by state and its calls, in Spanish and in English', async () => {
    // operator32 takes a call: their queue has calls today.
    const operator = await otherOperator('operator32');
    const call = await startCall(operator);
    await endCall(operator, call.id, { wrapUpCode: 'information' });

    const { api, queryClient, store } = await renderWithConsole(<QueueLoadPanel />, { username: 'lead1' });
    const myQueueId = (await api('/api/floor', { schema: Floor })).operators.find(
      (o) => o.username === 'operator32',
    )!.queueId;
    await screen.findByRole('table', { name: 'Operadores y llamadas de cada cola' });
    const loads = queryClient.getQueryData<QueueLoad[]>(queryKeys.floor.queues())!;
    const mine = loads.find((q) => q.id === myQueueId)!;
    expect(mine.callsToday).toBeGreaterThanOrEqual(1);

    const es = rowByColumn(mine.name.es);
    expect(es).toMatchObject({
      Operadores: String(mine.members),
      Disponibles: String(mine.available),
      'En llamada': String(mine.onCall),
      'En cierre': String(mine.wrapUp),
      'En descanso': String(mine.onBreak),
      Desconectados: String(mine.offline),
      'Llamadas hoy': String(mine.callsToday),
      'Última hora': String(mine.callsLastHour),
    });
    expect(mine.members).toBe(mine.available + mine.onCall + mine.wrapUp + mine.onBreak + mine.offline);
    expect(screen.getAllByRole('rowheader')).toHaveLength(loads.length);

    act(() => store.getState().toggleLocale());
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Operators and calls of each queue' })).toBeTruthy(),
    );
    expect(rowByColumn(mine.name.en)).toMatchObject({
      Operators: String(mine.members),
      'Calls today': String(mine.callsToday),
      'Last hour': String(mine.callsLastHour),
      Offline: String(mine.offline),
    });
  });
});
