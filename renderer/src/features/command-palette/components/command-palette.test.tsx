import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useCommand, useShortcutListener } from '../../../commands/command-registry';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole } from '../../../stores/console-store-context';
import { renderWithConsole } from '../../../testing/render-console';
import { CommandPalette } from './command-palette';

const USERNAME = 'operator18';

/** A console in miniature: a few registered commands, a control they move focus to, and the palette. */
function Harness() {
  useShortcutListener();
  const toggleLocale = useConsole((s) => s.toggleLocale);
  const focusPanel = useConsole((s) => s.focusPanel);
  const [signedOut, setSignedOut] = useState(false);
  useCommand({
    id: 'app.language',
    label: 'app.language.switchLabel',
    shortcut: actionShortcuts.language,
    run: toggleLocale,
  });
  useCommand({
    id: 'panel.consulate',
    label: 'app.panel.consulate',
    shortcut: panelShortcuts.consulate,
    run: () => focusPanel('consulate'),
  });
  useCommand({ id: 'session.signOut', label: 'app.signOut', enabled: false, run: () => setSignedOut(true) });
  const consulateRef = useFocusRequest<HTMLInputElement>('consulate');
  return (
    <>
      <button type="button">Antes</button>
      <input ref={consulateRef} aria-label="consulate step" />
      <p>{signedOut ? 'signed out' : 'signed in'}</p>
      <CommandPalette />
    </>
  );
}

async function setup(locale: 'es-MX' | 'en' = 'es-MX') {
  const rendered = await renderWithConsole(<Harness />, { username: USERNAME, locale });
  const before = screen.getByRole('button', { name: 'Antes' });
  before.focus();
  return { ...rendered, before };
}

const optionNames = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('CommandPalette', () => {
  it('Ctrl+K opens a labelled modal listing every command with its shortcut, focus in the filter', async () => {
    const { user, before } = await setup();
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('{Control>}k{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Comandos' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('combobox', { name: 'Buscar un comando' }));
    expect(optionNames()).toEqual([
      'Cambiar a inglésAlt+L',
      'Paleta de comandosCtrl+K',
      'ConsuladoAlt+3',
      'Cerrar sesión — no disponible ahora',
    ]);
    const disabled = within(dialog).getByRole('option', { name: /Cerrar sesión/ });
    expect(disabled.getAttribute('aria-disabled')).toBe('true');

    // Ctrl+K again closes it, and focus is back where it was.
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('filters without accents and runs the command with Enter after closing', async () => {
    const { user, store } = await setup();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('ingles');
    expect(optionNames()).toEqual(['Cambiar a inglésAlt+L']);
    expect(screen.getByText('1 comando')).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().locale).toBe('en');

    // The palette now speaks English; a command that moves focus lands where it asks.
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('dialog', { name: 'Commands' })).toBeTruthy();
    await user.keyboard('consul{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'consulate step' })),
    );
  });

  it('arrows choose the command; a disabled one is listed but does not run', async () => {
    const { user, store } = await setup();
    await user.keyboard('{Control>}k{/Control}');
    const filter = screen.getByRole('combobox');
    const activeText = () =>
      document.getElementById(filter.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(activeText()).toMatch(/^Cambiar a inglés/);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeText()).toMatch(/^Cerrar sesión/);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByText('signed in')).toBeTruthy();

    // Wraps around to the first one.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().locale).toBe('en');
  });

  it('keeps Tab inside, blocks the console shortcuts behind, and Escape restores focus to where it was', async () => {
    const { user, store, before } = await setup();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = screen.getByRole('dialog');
    const filter = within(dialog).getByRole('combobox');
    const close = within(dialog).getByRole('button', { name: /Cerrar/ });

    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab();
    expect(document.activeElement).toBe(filter);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(close);

    await user.keyboard('{Alt>}l{/Alt}');
    expect(store.getState().locale).toBe('es-MX');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().paletteOpen).toBe(false);
    expect(document.activeElement).toBe(before);
  });
});
