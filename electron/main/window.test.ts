import { describe, expect, it, vi } from 'vitest';

const { windows } = vi.hoisted(() => ({
  windows: [] as Array<{
    options: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    show: ReturnType<typeof vi.fn>;
    readyToShow?: () => void;
  }>,
}));
vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    readyToShow?: () => void;
    constructor(public options: unknown) {
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      if (event === 'ready-to-show') this.readyToShow = listener;
    }
  },
}));

const { createMainWindow } = await import('./window');

describe('the console window', () => {
  it('is sandboxed and isolated, loads app://console and shows when ready', () => {
    createMainWindow({
      preloadPath: '/app/dist/electron/preload.cjs',
      serverUrl: 'http://127.0.0.1:4000',
      devTools: false,
    });
    const window = windows[0]!;
    expect(window.options).toMatchObject({
      minWidth: 1280,
      minHeight: 720,
      show: false,
      webPreferences: {
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: false,
        additionalArguments: ['--miconsulado-server-url=http://127.0.0.1:4000'],
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://console/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.readyToShow?.();
    expect(window.show).toHaveBeenCalled();
  });
});
