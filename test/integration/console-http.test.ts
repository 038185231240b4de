/**
 * The built console at `/` and CORS for the desktop shell, against a real server. The console is a
 * stand-in build in a temporary CONSOLE_DIR (no vite build needed).
 */
import { symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, expectError, login, newIdempotencyKey, type Session } from '../support/api-client';
import { fakeConsoleBuild, type FakeConsoleBuild } from '../support/console-dir';
import { rawRequest } from '../support/raw-http';
import { connectSocket } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

const ROOT = resolve(import.meta.dirname, '../..');
const SMALL = { SEED_APPLICANTS: '300', SEED_DAYS: '3' };
const NOT_BUILT =
  'La consola no está compilada: ejecute npm run build / The console is not built: run npm run build';

let build: FakeConsoleBuild;
let server: TestServer;
let anonymous: ApiClient;
let operator: Session;
let host: string;

beforeAll(async () => {
  build = fakeConsoleBuild();
  // A link inside the build that points outside it must not be followed out.
  symlinkSync(join(ROOT, 'package.json'), join(build.dir, 'escape.json'));
  symlinkSync(ROOT, join(build.dir, 'assets', 'repo'));
  server = await startTestServer({
    ...SMALL,
    CONSOLE_DIR: build.dir,
    CONSOLE_ORIGINS: 'app://console,http://localhost:5173',
  });
  anonymous = new ApiClient(server.url);
  operator = await login(server.url, 'operator1');
  host = new URL(server.url).host;
});

afterAll(async () => {
  await server?.close();
  build?.remove();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

describe('the console at /', () => {
  it('serves index.html at / with no-cache and the security headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(build.indexHtml);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://${host} wss://${host}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'`,
    );
    expect((await get('/index.html')).headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('serves hashed assets with their content types, cached for a year as immutable', async () => {
    for (const [path, type, content] of [
      [build.script.path, 'text/javascript; charset=utf-8', build.script.content],
      [build.style.path, 'text/css; charset=utf-8', build.style.content],
      ['/assets/logo-D1x2y3z4.svg', 'image/svg+xml', undefined],
      ['/assets/font-E5f6g7h8.woff2', 'font/woff2', undefined],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      const body = await response.text();
      if (content !== undefined) expect(body).toBe(content);
    }
  });

  it('serves other files of the build root revalidated, with their content types', async () => {
    const icon = await get('/favicon.ico');
    expect([icon.status, icon.headers.get('content-type'), icon.headers.get('cache-control')]).toEqual([
      200,
      'image/x-icon',
      'no-cache',
    ]);
    expect(Buffer.from(await icon.arrayBuffer())).toEqual(Buffer.from([0, 0, 1, 0]));
    const robots = await get('/robots.txt?v=2');
    expect([robots.status, robots.headers.get('content-type')]).toEqual([200, 'text/plain; charset=utf-8']);
  });

  it('answers HEAD with the headers and length of GET, without a body', async () => {
    for (const path of ['/', build.script.path, '/agenda']) {
      const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
      const got = await get(path);
      expect(head.status, path).toBe(200);
      expect(head.headers.get('content-type'), path).toBe(got.headers.get('content-type'));
      expect(head.headers.get('content-length'), path).toBe(String(Buffer.byteLength(await got.text())));
      expect(await head.text(), path).toBe('');
    }
  });

  it("falls back to index.html for the console's own paths (no file extension)", async () => {
    for (const path of ['/agenda', '/llamadas/cal_123', '/consulados/PHX/', '/assets', '/apix']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(build.indexHtml);
    }
  });

  it('serves the relative assets of a page opened at a deeper path', async () => {
    const response = await get(`/llamadas${build.script.path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(build.script.content);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serves a source map, though the build has one (404, no source)', async () => {
    for (const path of ['/assets/index-Bq3xT9aZ.js.map', '/agenda/assets/index-Bq3xT9aZ.js.map']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('mappings');
    }
  });

  it('answers 404 for a missing file with an extension, and for hidden files', async () => {
    for (const path of [
      '/assets/index-missing.js',
      '/logo.png',
      '/llamadas/assets/nope.css',
      '/.env',
      '/%2eenv',
      '/assets/.hidden',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('SECRET');
    }
  });

  it('revalidates with ETag: an unchanged file is 304', async () => {
    const first = await get('/');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/', { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/index.html%00.js',
    '/%00',
    '/C:%2fWindows%2fwin.ini',
  ])('refuses %s without reading outside the build (400)', async (path) => {
    const response = await rawRequest(server.url, 'GET', path);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toMatch(/^Bad request path: /);
    expect(response.body).not.toContain('miconsulado-console');
  });

  it('refuses a malformed percent-encoding (400) before any file is looked for', async () => {
    const response = await rawRequest(server.url, 'GET', '/%zz/index.html');
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('<html');
  });

  it('does not follow links out of the build', async () => {
    for (const path of ['/escape.json', '/assets/repo/package.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('miconsulado-console');
    }
  });
});

describe('the API and socket.io are untouched by the console', () => {
  it('keeps API routes, their JSON 404 for unknown /api paths, and methods other than GET', async () => {
    expect((await anonymous.get('/api/health')).body).toEqual({ status: 'ok', instance: expect.any(String) });
    expectError(await operator.api.get('/api/nothing-here'), 404, 'not_found');
    expectError(await anonymous.get('/api'), 404, 'not_found');
    expectError(await anonymous.get('/%61pi/nothing-here'), 404, 'not_found');
    expectError(await anonymous.get('/socket.io'), 404, 'not_found');
    expectError(await operator.api.request('PUT', '/api/holds'), 404, 'not_found');
    expectError(await anonymous.post('/agenda', { x: 1 }), 404, 'not_found');
    const head = await fetch(`${server.url}/api/nothing-here`, { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  it('documents only the API in OpenAPI', async () => {
    const docs = await anonymous.get<{ paths: Record<string, unknown> }>('/api/docs');
    expect(Object.keys(docs.body.paths).every((path) => path.startsWith('/api/'))).toBe(true);
  });

  it('leaves socket.io to socket.io', async () => {
    const polling = await get('/socket.io/?EIO=4&transport=polling');
    expect(polling.status).toBe(200);
    expect(await polling.text()).toMatch(/^0\{"sid":/);
    const socket = await connectSocket(server.url, operator.token);
    expect(socket.connected).toBe(true);
    socket.close();
  });
});

describe('CORS for the desktop shell', () => {
  const preflight = (origin: string, path = '/api/holds', method = 'POST') =>
    fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers':
          'authorization,content-type,idempotency-key,x-call-id,x-practice-mode',
      },
    });
  const corsHeaders = (headers: Headers) =>
    [...headers.keys()].filter((name) => name.startsWith('access-control-'));

  it('answers the preflight of an allowed origin with 204, the methods and the headers', async () => {
    for (const origin of ['app://console', 'http://localhost:5173']) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('vary')).toMatch(/Origin/);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, PATCH, DELETE');
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'authorization, content-type, idempotency-key, x-call-id, x-practice-mode',
      );
      expect(await response.text()).toBe('');
    }
    expect((await preflight('app://console', '/api/appointments/apt_x/cancel')).status).toBe(204);
    expect((await preflight('app://console', '/api/slots/PHX-1', 'PATCH')).status).toBe(204);
  });

  it("echoes an allowed origin on the API's answers, errors included, and exposes Idempotent-Replayed", async () => {
    const me = await operator.api.get('/api/auth/me', { origin: 'app://console' });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe('app://console');
    expect(me.headers.get('access-control-expose-headers')).toBe('idempotent-replayed');
    expect(me.headers.get('vary')).toMatch(/Origin/);
    const refused = await anonymous.get('/api/auth/me', { origin: 'app://console' });
    expectError(refused, 401, 'unauthenticated');
    expect(refused.headers.get('access-control-allow-origin')).toBe('app://console');
    const unknown = await operator.api.post(
      '/api/appointments',
      { holdId: 'hld_nothing' },
      { origin: 'app://console', 'idempotency-key': newIdempotencyKey() },
    );
    expectError(unknown, 404, 'not_found');
    expect(unknown.headers.get('access-control-allow-origin')).toBe('app://console');
  });

  it('gives a disallowed origin no CORS headers, and refuses its preflight', async () => {
    for (const origin of ['https://evil.example', 'app://console.evil.example', 'APP://CONSOLE', 'null']) {
      const response = await operator.api.get('/api/auth/me', { origin });
      expect(corsHeaders(response.headers), origin).toEqual([]);
      const refused = await preflight(origin);
      expect(refused.status, origin).toBe(403);
      expect(corsHeaders(refused.headers), origin).toEqual([]);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
  });

  it('adds nothing without an Origin, and an OPTIONS that is no preflight stays a 404', async () => {
    expect(corsHeaders((await operator.api.get('/api/auth/me')).headers)).toEqual([]);
    expectError(await anonymous.request('OPTIONS', '/api/holds'), 404, 'not_found');
    expect(corsHeaders((await get('/', { origin: 'app://console' })).headers)).toEqual([]);
  });

  it('lets socket.io answer allowed origins only', async () => {
    const allowed = await get('/socket.io/?EIO=4&transport=polling', { origin: 'app://console' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('app://console');
    const other = await get('/socket.io/?EIO=4&transport=polling', { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('before the console is built', () => {
  let unbuilt: FakeConsoleBuild;
  let bare: TestServer;
  beforeAll(async () => {
    unbuilt = fakeConsoleBuild({ withIndex: false });
    bare = await startTestServer({ ...SMALL, CONSOLE_DIR: unbuilt.dir });
  });
  afterAll(async () => {
    await bare?.close();
    unbuilt?.remove();
  });

  it('answers / and the console paths with 503 saying how to build it, in Spanish and English', async () => {
    for (const path of ['/', '/agenda', '/index.html']) {
      const response = await fetch(`${bare.url}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.text()).trim()).toBe(NOT_BUILT);
    }
    expect((await fetch(`${bare.url}/nope.js`)).status).toBe(404);
    expect((await new ApiClient(bare.url).get('/api/health')).status).toBe(200);
  });
});
