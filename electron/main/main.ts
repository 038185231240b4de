/**
 * Entry of the desktop shell (bundled to dist/electron/main.cjs): one instance, the `app://`
 * scheme, the security policy, the IPC handlers and the window, wired once here.
 */
import { app, BrowserWindow, dialog, powerMonitor, safeStorage, session, webContents } from 'electron';
import { join } from 'node:path';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { loadDesktopConfig, type DesktopConfig } from './config';
import { registerDesktopHandlers } from './ipc/register-handlers';
import { applySessionPolicy, guardWebContents } from './session-policy';
import { forwardSystemResume } from './system-resume';
import { createTokenStore } from './token-store';
import { createMainWindow } from './window';

// main.cjs sits in dist/electron/ beside preload.cjs, and dist/renderer/ is its sibling: the same
// layout in the repository and inside app.asar.
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '../renderer');

function readConfig(): DesktopConfig | null {
  try {
    return loadDesktopConfig(process.env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[config] ${message}`);
    dialog.showErrorBox('MiConsulado', `Configuración no válida / Invalid configuration:\n${message}`);
    return null;
  }
}

function start(config: DesktopConfig): void {
  let mainWindow: BrowserWindow | null = null;
  const openWindow = () => {
    mainWindow = createMainWindow({
      preloadPath: PRELOAD_PATH,
      serverUrl: config.serverUrl,
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      applySessionPolicy(session.defaultSession);
      handleAppProtocol({ rendererDir: RENDERER_DIR, serverUrl: config.serverUrl });
      const tokens = createTokenStore({
        encryption: safeStorage,
        filePath: join(app.getPath('userData'), 'session-token.bin'),
        platform: process.platform,
      });
      registerDesktopHandlers({ tokens });
      forwardSystemResume(powerMonitor, () => webContents.getAllWebContents());
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed:', error);
      app.exit(1);
    });
}

// Sandbox every renderer, whatever a window asks for.
app.enableSandbox();
// Privileged schemes must be registered before `ready`.
registerAppScheme();

const config = readConfig();
if (config === null) {
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start(config);
}
