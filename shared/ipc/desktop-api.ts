/**
 * What the Electron preload exposes to the console as `window.miconsulado`. The console
 * feature-detects it (`window.miconsulado?.…`): in a browser it is undefined.
 */
export interface DesktopApi {
  readonly serverUrl: string;
  appVersion(): Promise<string>;
  tokens: { get(): Promise<string | null>; set(token: string): Promise<void>; clear(): Promise<void> };
  notify(notification: { title: string; body: string }): Promise<void>;
  printConfirmation(request: { confirmationCode: string }): Promise<{ saved: boolean; path?: string }>;
  onSystemResumed(listener: () => void): () => void;
}

/** The global name the preload exposes the API under. */
export const DESKTOP_API_GLOBAL = 'miconsulado';
