/**
 * Types `window.miconsulado` for the console. It is present only inside the desktop shell, so it is
 * optional: code reads it as `window.miconsulado?.…`.
 */
import type { DesktopApi } from './desktop-api';

declare global {
  interface Window {
    miconsulado?: DesktopApi;
  }
}

export {};
