import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useApi } from '../api/api-client-context';
import { slotWindow, slotsQuery } from '../api/slots';
import { installDesktopShell, removeDesktopShell } from '../testing/desktop-shell';
import { ConsoleHooks } from '../testing/console-hooks';
import { renderWithConsole } from '../testing/render-console';

const CONSULATE = 'BOI';
const ZONE = 'America/Boise';

/** Shows how many times the grid's page of slots was loaded, as a grid would hold it. */
function SlotPageLoads() {
  const api = useApi();
  const { from, to } = slotWindow(ZONE);
  const page = useQuery(slotsQuery(api, CONSULATE, from, to));
  return <p data-testid="loads">{page.isSuccess ? page.dataUpdatedAt : 'loading'}</p>;
}

afterEach(removeDesktopShell);

describe('resyncing after the machine slept', () => {
  it('refetches the slots on screen when the desktop shell says the machine woke up', async () => {
    const shell = installDesktopShell();
    const r = await renderWithConsole(
      <>
        <ConsoleHooks />
        <SlotPageLoads />
      </>,
      { username: 'operator31' },
    );
    await waitFor(() => expect(screen.getByTestId('loads').textContent).not.toBe('loading'));
    await waitFor(() => expect(r.store.getState().socketStatus).toBe('online'));
    const firstLoad = screen.getByTestId('loads').textContent;

    act(() => shell.resume());

    await waitFor(() => expect(screen.getByTestId('loads').textContent).not.toBe(firstLoad));
    expect(r.store.getState().lastResyncAt).not.toBeNull();
  });
});
