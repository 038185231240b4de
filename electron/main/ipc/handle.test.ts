import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvokeChannels } from '../../../shared/ipc/channels';
import { desktopInvokeContract } from '../../../shared/ipc/schemas';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const { listeners } = vi.hoisted(() => ({ listeners: new Map<string, Listener>() }));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
}));

const { handle } = await import('./handle');

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
  detached: boolean;
}
const frame = (url: string, parent: FakeFrame | null = null, routingId = 1): FakeFrame => ({
  url,
  parent,
  processId: 7,
  routingId,
  detached: false,
});

/** An invoke event from `sender` in a page whose main frame is `mainFrame`. */
function eventFrom(sender: FakeFrame | null, mainFrame: FakeFrame): IpcMainInvokeEvent {
  return { senderFrame: sender, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, ...args);
}

describe('the IPC wrapper', () => {
  const notify = vi.fn();
  const console_ = frame('app://console/index.html');

  beforeEach(() => {
    listeners.clear();
    notify.mockReset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handle(InvokeChannels.notify, desktopInvokeContract[InvokeChannels.notify], ([notification]) => {
      notify(notification);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers a good call from the console main frame', async () => {
    await expect(
      invoke(InvokeChannels.notify, eventFrom(console_, console_), { title: 'Cita', body: 'Confirmada' }),
    ).resolves.toBeUndefined();
    expect(notify).toHaveBeenCalledWith({ title: 'Cita', body: 'Confirmada' });
  });

  it('refuses a call from a sub-frame, even one of app://console', async () => {
    const iframe = frame('app://console/index.html', console_, 2);
    await expect(
      invoke(InvokeChannels.notify, eventFrom(iframe, console_), { title: 'x', body: 'y' }),
    ).rejects.toThrow(/desktop:notify refused: .*sub-frame/);
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses a main frame that navigated to a foreign origin', async () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'http://127.0.0.1:4000/',
    ]) {
      const page = frame(url);
      await expect(
        invoke(InvokeChannels.notify, eventFrom(page, page), { title: 'x', body: 'y' }),
      ).rejects.toThrow(/not app:\/\/console/);
    }
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    await expect(
      invoke(InvokeChannels.notify, eventFrom(null, console_), { title: 'x', body: 'y' }),
    ).rejects.toThrow(/frame is gone/);
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses bad arguments before the handler runs', async () => {
    const event = eventFrom(console_, console_);
    const bad: unknown[][] = [
      [],
      [{ title: '', body: 'y' }],
      [{ title: 'x' }],
      [{ title: 'x', body: 'y', icon: '/etc/passwd' }],
      ['x'],
      [{ title: 'x', body: 'y' }, 'extra'],
    ];
    for (const args of bad) {
      await expect(invoke(InvokeChannels.notify, event, ...args)).rejects.toThrow(
        /desktop:notify refused: bad arguments/,
      );
    }
    expect(notify).not.toHaveBeenCalled();
  });

  it('checks the answer against the result schema', async () => {
    handle(
      InvokeChannels.appVersion,
      desktopInvokeContract[InvokeChannels.appVersion],
      () => 42 as unknown as string,
    );
    await expect(invoke(InvokeChannels.appVersion, eventFrom(console_, console_))).rejects.toThrow();
  });
});
