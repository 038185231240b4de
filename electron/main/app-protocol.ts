/**
 * The `app://console/` protocol: the console's files, served only from the packaged
 * `dist/renderer` folder, with a strict Content-Security-Policy on HTML. A standard, secure scheme
 * gives the console a real origin (storage, fetch, relative URLs) without `file://`'s reach.
 */
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentSecurityPolicy } from './content-security-policy';
import { contentTypeFor } from './content-types';

/** Must run before the app is ready. No `corsEnabled`: other origins cannot read these files. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface AppProtocolOptions {
  /** The folder `npm run build:renderer` writes (`dist/renderer`). */
  rendererDir: string;
  serverUrl: string;
}

export type AppProtocolHandler = (request: Pick<Request, 'url' | 'method'>) => Promise<Response>;

export function createAppProtocolHandler({ rendererDir, serverUrl }: AppProtocolOptions): AppProtocolHandler {
  const root = resolve(rendererDir);
  const csp = contentSecurityPolicy(serverUrl);

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const relative = requestedPath(request.url);
    if (relative === null) return plain(404, 'Not Found');

    let file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return plain(404, 'Not Found');
    if (!(await isFile(file))) {
      // A client-side route (no extension) gets the app; a missing asset stays a 404.
      if (extname(relative) !== '') return plain(404, 'Not Found');
      file = join(root, 'index.html');
    }

    const extension = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': contentTypeFor(extension),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (extension === '.html') headers['Content-Security-Policy'] = csp;
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, { status: 200, headers });
  };
}

/** The decoded path below the root (`index.html` for `/`), or null when the request is refused. */
function requestedPath(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded separators and dot segments survive URL parsing; refuse them outright.
  if (path.includes('\0') || path.split(/[\\/]/).some((segment) => segment === '..')) return null;
  const relative = path.replace(/^[\\/]+/, '');
  return relative === '' ? 'index.html' : relative;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Serves the console from `rendererDir` on the default session. Call after `ready`. */
export function handleAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
