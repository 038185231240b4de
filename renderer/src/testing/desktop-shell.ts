import { inject } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/desktop-api';

/**
 * A stand-in for the desktop shell's preload (window.miconsulado), which is not ours: the console
 * sees it as in Electron, and it records what it was asked to do.
 */
export function installDesktopShell() {
  const calls = { notify: [] as { title: string; body: string }[], print: [] as { confirmationCode: string }[] };
  const shell: DesktopApi = {
    serverUrl: inject('serverUrl'),
    appVersion: async () => 'test',
    tokens: { get: async () => null, set: async () => undefined, clear: async () => undefined },
    notify: async (notification) => {
      calls.notify.push(notification);
    },
    printConfirmation: async (request) => {
      calls.print.push(request);
      return { saved: true, path: '/tmp/confirmacion.pdf' };
    },
    onSystemResumed: () => () => undefined,
  };
  window.miconsulado = shell;
  return calls;
}

export const removeDesktopShell = () => {
  delete window.miconsulado;
};
