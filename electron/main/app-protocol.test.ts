import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

const { createAppProtocolHandler } = await import('./app-protocol');

// dist/renderer with a secret file beside it that no URL may reach.
const root = mkdtempSync(join(tmpdir(), 'miconsulado-app-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>MiConsulado</title>');
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'secret.txt'), 'SECRET');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const serve = createAppProtocolHandler({ rendererDir, serverUrl: 'http://127.0.0.1:4000' });
const get = (url: string, method = 'GET') => serve({ url, method });

describe('the app:// protocol', () => {
  it('serves index.html with a strict Content-Security-Policy', async () => {
    const response = await get('app://console/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>MiConsulado</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self' http://127.0.0.1:4000 ws://127.0.0.1:4000",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toContain('unsafe');
  });

  it('serves the root and client-side routes as the app, assets with their types', async () => {
    expect(await (await get('app://console/')).text()).toContain('MiConsulado');
    expect(await (await get('app://console/agenda/hoy')).text()).toContain('MiConsulado');
    const script = await get('app://console/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://console/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://console/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal with 404', async () => {
    for (const url of [
      'app://console/..%2fsecret.txt',
      'app://console/%2e%2e%2fsecret.txt',
      'app://console/assets/..%2f..%2fsecret.txt',
      'app://console/..%5csecret.txt',
      'app://console/../secret.txt',
      'app://console/%2e%2e/secret.txt',
      'app://console/index.html%00.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('refuses a foreign host and other schemes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('file:///index.html')).status).toBe(404);
  });

  it('answers GET and HEAD only', async () => {
    expect((await get('app://console/index.html', 'POST')).status).toBe(405);
    const head = await get('app://console/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
