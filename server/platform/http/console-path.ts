import { isApiPath, pathOf } from './api-paths';

/** What a GET for the console asks for, decided from the raw request target alone. */
export type ConsolePath =
  /** `/api…` or `/socket.io…` (also percent-encoded): the API answers with its own 404. */
  | { kind: 'api' }
  /** Refused before touching the disk: traversal, encoded `..`, NUL, bad encoding. */
  | { kind: 'bad'; reason: string }
  /** A hidden file (`.env`, `.git/…`) or a source map (`*.map`): never served. */
  | { kind: 'hidden' }
  /** Segments under the console's root; `[]` is the root itself (index.html). */
  | { kind: 'file'; segments: string[]; hasExtension: boolean };

/**
 * Parses the path of a request target into safe segments under the console's root. Works on the
 * raw target (clients may send `..` or `%2e%2e` that fetch would have normalized away), decodes it
 * once, and refuses any dot segment, backslash, drive letter or NUL instead of normalizing them.
 */
export function parseConsolePath(rawUrl: string): ConsolePath {
  const raw = pathOf(rawUrl);
  if (!raw.startsWith('/')) return { kind: 'bad', reason: 'the path must start with /' };
  if (isApiPath(raw)) return { kind: 'api' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { kind: 'bad', reason: 'the path has a malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { kind: 'bad', reason: 'the path contains NUL' };
  if (decoded.includes('\\')) return { kind: 'bad', reason: 'the path contains a backslash' };
  if (isApiPath(decoded)) return { kind: 'api' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return { kind: 'bad', reason: 'the path contains . or .. segments' };
  if (segments.some((segment) => segment.includes(':')))
    return { kind: 'bad', reason: 'the path contains a colon' };
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'hidden' };
  const last = segments.at(-1) ?? '';
  // The build keeps its source maps for the team (vite's `sourcemap: 'hidden'`); the public gets none.
  if (/\.map$/i.test(last)) return { kind: 'hidden' };
  return { kind: 'file', segments, hasExtension: /.\.[A-Za-z0-9]+$/.test(last) };
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
};

/** The Content-Type of a file by its extension; unknown ones download as bytes. */
export function contentTypeOf(fileName: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return contentTypes[extension] ?? 'application/octet-stream';
}
