import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Call } from '../../../shared/api/calls';
import { renderConsole } from '../testing/render-console';

const callPanelsShown = () => screen.queryByRole('heading', { name: 'Solicitante' }) !== null;

describe("a lead's views", () => {
  it('switches between calls, floor, capacity and shifts with Alt+6…9, marking the current one', async () => {
    const r = await renderConsole({ username: 'lead2' });
    const nav = await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toMatch(/^Llamadas/);
    expect(callPanelsShown()).toBe(true);

    await r.user.keyboard('{Alt>}7{/Alt}');
    await screen.findByRole('heading', { name: 'Piso de llamadas' });
    expect(callPanelsShown()).toBe(false);
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toMatch(/^Piso/);

    await r.user.keyboard('{Alt>}8{/Alt}');
    await screen.findByRole('heading', { name: 'Capacidad y cierres' });
    expect(screen.queryByRole('heading', { name: 'Piso de llamadas' })).toBeNull();

    await r.user.keyboard('{Alt>}9{/Alt}');
    await screen.findByRole('heading', { name: 'Turnos' });

    await r.user.keyboard('{Alt>}6{/Alt}');
    await waitFor(() => expect(callPanelsShown()).toBe(true));
  });

  it('goes to the waitlists with Alt+Shift+6 and the messages with Alt+Shift+7 (the focus on the heading is checked in Chromium: jsdom lays nothing out)', async () => {
    const r = await renderConsole({ username: 'lead2' });
    const nav = await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
    await r.user.keyboard('{Alt>}{Shift>}6{/Shift}{/Alt}');
    await screen.findByRole('heading', { name: 'Lista de espera' });
    expect(callPanelsShown()).toBe(false);
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toMatch(/^Lista de espera/);

    await r.user.keyboard('{Alt>}{Shift>}7{/Shift}{/Alt}');
    await screen.findByRole('heading', { name: 'Mensajes a solicitantes' });
    expect(screen.queryByRole('heading', { name: 'Lista de espera' })).toBeNull();
  });

  it('brings the call panels back when a call starts, and Alt+1 goes to the caller from any view', async () => {
    const r = await renderConsole({ username: 'lead2' });
    await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
    await r.user.keyboard('{Alt>}7{/Alt}');
    await screen.findByRole('heading', { name: 'Piso de llamadas' });

    await r.user.keyboard('{Alt>}n{/Alt}');
    await waitFor(() => expect(r.store.getState().call).not.toBeNull());
    await waitFor(() => expect(callPanelsShown()).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Piso de llamadas' })).toBeNull();
    const call = r.store.getState().call!;
    await r.api(`/api/calls/${call.id}/end`, {
      method: 'POST',
      body: { wrapUpCode: 'information' },
      schema: Call,
    });

    await r.user.keyboard('{Alt>}9{/Alt}');
    await screen.findByRole('heading', { name: 'Turnos' });
    await r.user.keyboard('{Alt>}1{/Alt}');
    await waitFor(() => expect(callPanelsShown()).toBe(true));
  });

  it('in practice mode a lead has only the call panels: the floor, capacity and shifts are live', async () => {
    const r = await renderConsole({ username: 'lead2' });
    await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
    await r.user.keyboard('{Alt>}7{/Alt}');
    await screen.findByRole('heading', { name: 'Piso de llamadas' });
    act(() => r.store.getState().setPracticeMode(true));
    await waitFor(() =>
      expect(screen.queryByRole('navigation', { name: 'Vistas de líder de turno' })).toBeNull(),
    );
    expect(callPanelsShown()).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Piso de llamadas' })).toBeNull();
    act(() => r.store.getState().setPracticeMode(false));
    await screen.findByRole('navigation', { name: 'Vistas de líder de turno' });
  });

  it('an operator has no views to switch to: Alt+7 leaves the call panels where they are', async () => {
    const r = await renderConsole({ username: 'operator37' });
    await screen.findByRole('heading', { name: 'Solicitante' });
    expect(screen.queryByRole('navigation', { name: 'Vistas de líder de turno' })).toBeNull();
    await r.user.keyboard('{Alt>}7{/Alt}');
    expect(callPanelsShown()).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Piso de llamadas' })).toBeNull();
  });
});
