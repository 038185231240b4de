import { act, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Queue } from '../../../../../shared/api/floor/queues';
import { useShortcutListener } from '../../../commands/command-registry';
import { renderWithConsole } from '../../../testing/render-console';
import { syntheticFloor } from '../testing/synthetic-floor';
import { FloorBoard } from './floor-board';

// jsdom has no CSS.escape, which user-event needs to walk a radio group with the arrow keys.
beforeAll(() => {
  window.CSS ??= {} as typeof CSS;
  window.CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');
});

const queue = (id: string, es: string, en: string): Queue => ({
  id,
  name: { es, en },
  kind: 'region',
  servesFirst: { consulateIds: [], procedureIds: [] },
});
const queues = [
  queue('q_az', 'Arizona', 'Arizona'),
  queue('q_tx', 'Texas', 'Texas'),
  queue('q_ca', 'California', 'California'),
];
const floor = syntheticFloor(
  400,
  queues.map((q) => q.id),
);

function WithShortcuts({ children }: { children: ReactNode }) {
  useShortcutListener();
  return children;
}

const renderBoard = () =>
  renderWithConsole(
    <WithShortcuts>
      <FloorBoard floor={floor} queues={queues} />
    </WithShortcuts>,
    { username: 'lead2' },
  );

const grid = () => screen.getByRole('grid', { name: 'Operadores del piso' });
const bodyRows = () =>
  within(grid())
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-user-id'));
const count = () => screen.getByText(/ de 400 operadores/).textContent;
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .map((c) => c.textContent);

describe('the floor table', () => {
  it('shows 400 operators with only a window of rows in the page', async () => {
    await renderBoard();
    expect(grid().getAttribute('aria-rowcount')).toBe('401');
    expect(grid().getAttribute('aria-multiselectable')).toBe('true');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(count()).toBe('400 de 400 operadores · ninguno seleccionado');
    // Sorted by name to begin with; each row reads as the lead needs it.
    expect(grid().querySelector('th[aria-sort]')?.textContent).toMatch(/^Operador/);
    const first = floor.operators.find((o) => o.userId === rows[0]!.dataset.userId)!;
    const cells = cellsOf(rows[0]!);
    expect(cells[0]).toContain(first.displayName);
    expect(cells[1]).toMatch(/^(Disponible|En llamada|Cierre de llamada|En descanso|Desconectado)/);
    expect(cells[2]).toMatch(/^\d+:\d\d$/);
    expect(cells[7]).toMatch(/^(Sí|No)$/);
  });

  it('filters by name, state and queue, and sorts by a column with its header', async () => {
    const { user } = await renderBoard();
    await user.type(screen.getByRole('searchbox', { name: 'Nombre o usuario' }), 'hector');
    expect(count()).toBe('20 de 400 operadores · ninguno seleccionado');
    expect(bodyRows().every((r) => cellsOf(r)[0]?.includes('Héctor'))).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Estado' }), 'Cierre de llamada');
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(
      bodyRows().every(
        (r) => cellsOf(r)[0]?.includes('Héctor') && cellsOf(r)[1]?.startsWith('Cierre de llamada'),
      ),
    ).toBe(true);
    await user.clear(screen.getByRole('searchbox', { name: 'Nombre o usuario' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cola' }), 'Texas');
    expect(count()).toBe(
      `${floor.operators.filter((o) => o.state === 'wrap_up' && o.queueId === 'q_tx').length} de 400 operadores · ninguno seleccionado`,
    );
    expect(
      bodyRows().every((r) => cellsOf(r)[3] === 'Texas' && cellsOf(r)[1]?.startsWith('Cierre de llamada')),
    ).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Estado' }), 'Todos los estados');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cola' }), 'Todas las colas');

    const callsHeader = screen.getByRole('columnheader', { name: /Llamadas hoy/ });
    await user.click(within(callsHeader).getByRole('button'));
    expect(callsHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(cellsOf(bodyRows()[0]!)[4]).toBe(String(Math.min(...floor.operators.map((o) => o.callsToday))));
    await user.click(within(callsHeader).getByRole('button'));
    expect(callsHeader.getAttribute('aria-sort')).toBe('descending');
    expect(cellsOf(bodyRows()[0]!)[4]).toBe(String(Math.max(...floor.operators.map((o) => o.callsToday))));
    expect(screen.getByRole('columnheader', { name: /Operador/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('selects with the keyboard: arrows move, Space toggles, Shift+arrows extend, Ctrl+A takes the filtered rows', async () => {
    const { user } = await renderBoard();
    const rows = bodyRows();
    act(() => rows[0]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows[1]);
    await user.keyboard(' ');
    expect(rows[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    expect(
      bodyRows()
        .slice(1, 4)
        .map((r) => r.getAttribute('aria-selected')),
    ).toEqual(['true', 'true', 'true']);
    expect(bodyRows()[4]!.getAttribute('aria-selected')).toBe('false');
    expect(count()).toBe('400 de 400 operadores · 3 seleccionados');
    expect(grid().querySelectorAll('tr[tabindex="0"]')).toHaveLength(1);

    // Far down the list: the row with the focus is always in the page, the window moves.
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('401');

    await user.type(screen.getByRole('searchbox', { name: 'Nombre o usuario' }), 'sofia');
    act(() => bodyRows()[0]!.focus());
    await user.keyboard('{Control>}a{/Control}');
    expect(count()).toBe('20 de 400 operadores · 20 seleccionados');
    await user.keyboard('{Escape}');
    expect(count()).toBe('20 de 400 operadores · ninguno seleccionado');
  });

  it('opens the reassign dialog for the selection with Alt+R, and Escape gives the focus back', async () => {
    const { user } = await renderBoard();
    expect((screen.getByRole('button', { name: /Cambiar de cola/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    const rows = bodyRows();
    act(() => rows[0]!.focus());
    await user.keyboard(' {ArrowDown} ');
    await user.keyboard('{Alt>}r{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Cambiar de cola a 2 operadores' });
    expect(within(dialog).getAllByRole('radio', { name: /Arizona|Texas|California/ })).toHaveLength(3);
    expect(
      (within(dialog).getByRole('radio', { name: 'Al terminar la llamada en curso' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(document.activeElement?.getAttribute('name')).toBe('reassign-queue');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(bodyRows()[1]);
  });
});
