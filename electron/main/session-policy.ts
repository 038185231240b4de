/*
 * ──────────────────────────────────────────────────────────────────────────────────────────────
 *  SECURITY POLICY OF THE DESKTOP SHELL. One reviewed place: do not loosen anything here without
 *  reading Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security)
 *  and getting a second review.
 * ──────────────────────────────────────────────────────────────────────────────────────────────
 *
 * - Permissions: every request and check is denied, except writing text to the clipboard (copying
 *   a confirmation code) from the console's own origin. Notifications go through the main
 *   process (`ipc/notifications.ts`), so the web permission is not needed.
 * - Navigation: a page may navigate only within `app://console/`; redirects likewise.
 * - New windows: `window.open` and `target=_blank` are denied (nothing opens in a browser either).
 * - `<webview>`: never attached.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

type Permission = Parameters<Parameters<Session['setPermissionCheckHandler']>[0] & object>[1];

/** Permissions the console may use, and only from its own origin. */
const ALLOWED_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>(['clipboard-sanitized-write']);

function allowed(permission: Permission, requestingUrl: string, pageUrl: string | undefined): boolean {
  return (
    ALLOWED_PERMISSIONS.has(permission) &&
    isAppUrl(requestingUrl) &&
    (pageUrl === undefined || isAppUrl(pageUrl))
  );
}

export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const granted = allowed(permission, details.requestingUrl, webContents.getURL());
    if (!granted)
      console.warn(`[security] denied permission request "${permission}" from ${details.requestingUrl}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin, webContents?.getURL()),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Guards one WebContents; main.ts applies it to every one created (`web-contents-created`). */
export function guardWebContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }, what: string) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn(`[security] blocked ${what} to ${event.url}`);
  };
  contents.on('will-navigate', (event) => refuseForeign(event, 'navigation'));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, 'frame navigation'));
  contents.on('will-redirect', (event) => refuseForeign(event, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] denied a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] refused to attach a <webview>');
  });
}
