import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/desktop-api';

const { electron, exposed } = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
    ipcRenderer: {
      invoke: vi.fn(async (): Promise<unknown> => undefined),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
  return { electron, exposed };
});
vi.mock('electron', () => electron);

const ARGUMENT = '--miconsulado-server-url=http://127.0.0.1:4000';
let api: DesktopApi;
beforeAll(async () => {
  process.argv.push(ARGUMENT);
  await import('./preload');
  api = exposed.miconsulado as DesktopApi;
});
afterAll(() => {
  process.argv.splice(process.argv.indexOf(ARGUMENT), 1);
});

describe('the preload', () => {
  it('exposes window.miconsulado with named verbs only, and the server URL from its command line', () => {
    expect(Object.keys(exposed)).toEqual(['miconsulado']);
    expect(Object.keys(api).sort()).toEqual([
      'appVersion',
      'notify',
      'onSystemResumed',
      'printConfirmation',
      'serverUrl',
      'tokens',
    ]);
    expect(Object.keys(api.tokens).sort()).toEqual(['clear', 'get', 'set']);
    expect(api.serverUrl).toBe('http://127.0.0.1:4000');
  });

  it('sends each verb on its own channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ saved: true, path: '/tmp/cita-ABC2345.pdf' });
    await expect(api.printConfirmation({ confirmationCode: 'ABC2345' })).resolves.toEqual({
      saved: true,
      path: '/tmp/cita-ABC2345.pdf',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('desktop:print-confirmation', {
      confirmationCode: 'ABC2345',
    });

    await api.tokens.set('abc_DEF-123');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('desktop:tokens:set', 'abc_DEF-123');
  });

  it('refuses bad arguments before anything is sent', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await expect(api.notify({ title: '', body: 'x' })).rejects.toThrow();
    await expect(api.printConfirmation({ confirmationCode: '../../etc/passwd' })).rejects.toThrow();
    await expect(api.tokens.set('has spaces in it')).rejects.toThrow();
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('refuses an answer that does not match the contract', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce(42);
    await expect(api.appVersion()).rejects.toThrow();
  });

  it('forwards system resume without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onSystemResumed(listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe('desktop:system-resumed');
    forward({ sender: 'the IPC event' });
    expect(listener).toHaveBeenCalledWith();
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('desktop:system-resumed', forward);
  });
});
