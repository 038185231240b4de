import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsoleSocket } from '../../../realtime/console-socket';
import { useSocket } from '../../../realtime/socket-context';
import { renderWithConsole } from '../../../testing/render-console';
import { RECONNECTED_NOTICE_MS } from '../hooks/use-connection-notice';
import { ConnectionBanner, ConnectionIndicator } from './connection-banner';

const USERNAME = 'operator19';

/** Header pill and banner as the console shows them, plus a handle on the live socket. */
function Harness({ onSocket }: { onSocket: (socket: ConsoleSocket | null) => void }) {
  onSocket(useSocket());
  return (
    <>
      <header>
        <ConnectionIndicator />
      </header>
      <ConnectionBanner />
    </>
  );
}

async function setup(locale: 'es-MX' | 'en' = 'es-MX') {
  let socket: ConsoleSocket | null = null;
  const rendered = await renderWithConsole(<Harness onSocket={(s) => (socket = s)} />, {
    username: USERNAME,
    locale,
  });
  await waitFor(() => expect(rendered.store.getState().socketStatus).toBe('online'));
  if (!socket) throw new Error('no socket');
  return { ...rendered, socket: socket as ConsoleSocket };
}

const pill = () => document.querySelector('header')?.textContent;

describe('ConnectionBanner', () => {
  it('shows the live channel in the header pill, in words, and no alarm while online', async () => {
    await setup();
    expect(pill()).toBe('Conexión en tiempo real: En línea');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('warns when the socket disconnects and says "reconnected" once it is back, for a few seconds', async () => {
    const { socket } = await setup();

    act(() => {
      socket.disconnect();
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Sin conexión en tiempo real/);
    expect(alert.textContent).toMatch(
      /apartar y confirmar lugares queda en pausa hasta que vuelva la conexión/,
    );
    expect(alert.textContent).toMatch(/Se reintenta automáticamente/);
    expect(pill()).toMatch(/Sin conexión$/);

    act(() => {
      socket.connect();
    });
    await waitFor(() => expect(pill()).toMatch(/En línea$/));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Reconectado — disponibilidad actualizada');

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''), {
      timeout: RECONNECTED_NOTICE_MS + 3_000,
    });
  });

  it('reads "reconnecting" while the socket retries after having been online', async () => {
    const { store } = await setup('en');
    act(() => store.getState().setSocketStatus('offline'));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Live updates are down\. Availability is not updated live; holding and confirming seats are paused/,
    );
    act(() => store.getState().setSocketStatus('connecting'));
    expect(screen.getByRole('alert').textContent).toMatch(/^Reconnecting…/);
    expect(pill()).toBe('Live connection: Connecting…');
    act(() => store.getState().setSocketStatus('online'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Reconnected — availability refreshed');
  });

  it('says the availability was refreshed after a resync without an outage (a wake from sleep)', async () => {
    const { store } = await setup('en');
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => store.getState().markResynced(Date.now()));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Reconnected — availability refreshed');
  });

  it('follows the browser going offline and coming back online', async () => {
    await setup();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/Sin conexión en tiempo real/);
    expect(pill()).toMatch(/Sin conexión$/);

    // socket.io also drops its transport on `offline`; on `online` it reconnects by itself.
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(pill()).toMatch(/En línea$/));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Reconectado — disponibilidad actualizada');
  });
});
