/**
 * The console's window. Its renderer is sandboxed and context-isolated with no Node; the preload
 * gets the server URL on its command line (the only thing it cannot ask for later).
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { SERVER_URL_ARGUMENT } from '../../shared/ipc/channels';
import { APP_INDEX_URL } from './app-origin';

export interface MainWindowOptions {
  preloadPath: string;
  serverUrl: string;
  /** DevTools only outside a packaged build. */
  devTools: boolean;
}

export function mainWindowOptions({
  preloadPath,
  serverUrl,
  devTools,
}: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'MiConsulado',
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
      additionalArguments: [`${SERVER_URL_ARGUMENT}${serverUrl}`],
    },
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error(`[window] could not load ${APP_INDEX_URL}:`, error);
  });
  return window;
}
