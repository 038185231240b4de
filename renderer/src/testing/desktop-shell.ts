import { inject } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/desktop-api';

/**
 * A stand-in for the desktop shell's preload (window.miconsulado), which is not ours: the console
 * sees it as in Electron, and it records what it was asked to do.
 */
export function installDesktopShell() {
  const resumeListeners = new Set<() => void>();
  const calls = {
    notify: [] as { title: string; body: string }[],
    print: [] as { confirmationCode: string }[],
    /** What powerMonitor's "resume" does in the shell: tells the console the machine woke up. */
    resume: () => resumeListeners.forEach((listener) => listener()),
  };
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
    onSystemResumed: (listener) => {
      resumeListeners.add(listener);
      return () => resumeListeners.delete(listener);
    },
  };
  window.miconsulado = shell;
  return calls;
}

export const removeDesktopShell = () => {
  delete window.miconsulado;
};
