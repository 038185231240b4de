/**
 * The console's own origin inside the shell: `app://console`. Node's URL gives custom schemes an
 * opaque origin ("null"), so origins are compared by protocol and host, never by `url.origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for any URL of the console's own origin (`app://console/…`). */
export function isAppUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}
