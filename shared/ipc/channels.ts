/**
 * IPC channel names between the console's preload and Electron's main process. Every name starts
 * with `desktop:`; the main process registers handlers only for these, and the preload sends only
 * these (through named verbs, never a generic invoke).
 */
export const DESKTOP_CHANNEL_PREFIX = 'desktop:';

/** Renderer → main, request and answer (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const InvokeChannels = {
  appVersion: 'desktop:app-version',
  tokensGet: 'desktop:tokens:get',
  tokensSet: 'desktop:tokens:set',
  tokensClear: 'desktop:tokens:clear',
  notify: 'desktop:notify',
  printConfirmation: 'desktop:print-confirmation',
} as const;

/** Main → renderer, fire and forget (`webContents.send` / `ipcRenderer.on`). */
export const EventChannels = {
  /** The computer woke from sleep: the console resynchronises (slots, holds, socket). */
  systemResumed: 'desktop:system-resumed',
} as const;

export type InvokeChannel = (typeof InvokeChannels)[keyof typeof InvokeChannels];
export type EventChannel = (typeof EventChannels)[keyof typeof EventChannels];

/** The command-line switch the main process passes the server URL to the preload with. */
export const SERVER_URL_ARGUMENT = '--miconsulado-server-url=';
