import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentTypeOf, parseConsolePath } from './console-path';

export const NOT_BUILT_MESSAGE =
  'La consola no está compilada: ejecute npm run build / The console is not built: run npm run build';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The console's Content-Security-Policy: its own scripts only, inline styles (React sets style
 * attributes), images from itself or data: URLs, and connections to this host only (HTTP through
 * 'self', socket.io's WebSocket through ws:/wss: of the same host). No plugins, no <base>, no framing.
 */
export function consoleCsp(host: string | undefined): string {
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** A regular file at these segments under the root, never outside it (symlinks included). */
async function findFile(root: string, segments: readonly string[]): Promise<FoundFile | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

function sendText(reply: FastifyReply, status: number, text: string) {
  return reply
    .code(status)
    .header('content-type', 'text/plain; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(`${text}\n`);
}

async function sendFile(request: FastifyRequest, reply: FastifyReply, file: FoundFile, cacheControl: string) {
  const type = contentTypeOf(file.path);
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  reply
    .header('cache-control', cacheControl)
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .header('content-type', type);
  if (type.startsWith('text/html')) {
    reply
      .header('content-security-policy', consoleCsp(request.headers.host))
      .header('referrer-policy', 'no-referrer');
  }
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim() === etag))
    return reply.code(304).send();
  return reply.code(200).send(await readFile(file.path));
}

/**
 * Serves the built console (`npm run build:renderer` → dist/renderer) at `/` for GET and HEAD of
 * every path the API and socket.io do not own: files as they are (hashed assets/ cached for a
 * year, index.html revalidated every time), paths without an extension fall back to index.html
 * (the console's own routes), anything else is 404. Without a build, the console's pages answer
 * 503 saying how to build it. `apiNotFound` answers what belongs to the API.
 */
export function registerConsoleStatic(
  app: FastifyInstance,
  root: string,
  apiNotFound: (request: FastifyRequest, reply: FastifyReply) => unknown,
) {
  async function sendIndex(request: FastifyRequest, reply: FastifyReply) {
    const index = await findFile(root, ['index.html']);
    if (!index) return sendText(reply, 503, NOT_BUILT_MESSAGE);
    return sendFile(request, reply, index, 'no-cache');
  }

  app.route({
    method: 'GET',
    url: '/*',
    exposeHeadRoute: true,
    handler: async (request, reply) => {
      const target = parseConsolePath(request.raw.url ?? request.url);
      if (target.kind === 'api') return apiNotFound(request, reply);
      if (target.kind === 'bad') return sendText(reply, 400, `Bad request path: ${target.reason}.`);
      if (target.kind === 'hidden') return sendText(reply, 404, 'Not found.');
      const { segments, hasExtension } = target;
      if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html'))
        return sendIndex(request, reply);
      const file = await findFile(root, segments);
      if (file) return sendFile(request, reply, file, segments[0] === 'assets' ? IMMUTABLE : 'no-cache');
      if (!hasExtension) return sendIndex(request, reply);
      // index.html links its assets relatively (`./assets/…`, one bundle for `/` and app://), so a
      // console page opened at a deeper path asks for them below it: serve the root's assets.
      const assets = segments.indexOf('assets', 1);
      if (assets > 0) {
        const asset = await findFile(root, segments.slice(assets));
        if (asset) return sendFile(request, reply, asset, IMMUTABLE);
      }
      return sendText(reply, 404, 'Not found.');
    },
  });
}
