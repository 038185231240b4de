import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SERVER_URL, loadDesktopConfig, webSocketOrigin } from './config';

vi.mock('electron', () => ({}));

describe('the server URL', () => {
  it('defaults to the local server', () => {
    expect(loadDesktopConfig({}).serverUrl).toBe(DEFAULT_SERVER_URL);
    expect(loadDesktopConfig({ MICONSULADO_SERVER_URL: '  ' }).serverUrl).toBe(DEFAULT_SERVER_URL);
  });

  it('accepts an http or https origin and normalises it', () => {
    expect(loadDesktopConfig({ MICONSULADO_SERVER_URL: 'https://citas.sre.gob.mx/' }).serverUrl).toBe(
      'https://citas.sre.gob.mx',
    );
    expect(loadDesktopConfig({ MICONSULADO_SERVER_URL: 'HTTP://127.0.0.1:4100' }).serverUrl).toBe(
      'http://127.0.0.1:4100',
    );
  });

  it('refuses anything but an http(s) URL', () => {
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ftp://example.com',
      'ws://127.0.0.1:4000',
      'app://console',
      '127.0.0.1:4000',
      'not a url',
    ]) {
      expect(() => loadDesktopConfig({ MICONSULADO_SERVER_URL: bad }), bad).toThrow(/MICONSULADO_SERVER_URL/);
    }
  });

  it('refuses credentials, paths, queries and fragments', () => {
    for (const bad of [
      'http://user:pass@127.0.0.1:4000',
      'http://127.0.0.1:4000/api',
      'http://127.0.0.1:4000/?x=1',
      'http://127.0.0.1:4000/#x',
    ]) {
      expect(() => loadDesktopConfig({ MICONSULADO_SERVER_URL: bad }), bad).toThrow(/bare origin/);
    }
  });

  it('takes plain http only to this machine (127.0.0.0/8, ::1, localhost)', () => {
    for (const local of [
      'http://127.0.0.1:4000',
      'http://127.8.9.10:4000',
      'http://[::1]:4000',
      'http://localhost:4000',
      'http://LOCALHOST',
    ]) {
      expect(() => loadDesktopConfig({ MICONSULADO_SERVER_URL: local }), local).not.toThrow();
    }
    expect(loadDesktopConfig({ MICONSULADO_SERVER_URL: 'https://10.0.0.5:4000' }).serverUrl).toBe(
      'https://10.0.0.5:4000',
    );
  });

  it('refuses plain http to another machine, saying to use https', () => {
    for (const remote of [
      'http://10.0.0.5:4000',
      'http://citas.sre.gob.mx',
      'http://[2001:db8::1]:4000',
      'http://128.0.0.1:4000',
      'http://localhost.example.org',
      'http://0.0.0.0:4000',
    ]) {
      expect(() => loadDesktopConfig({ MICONSULADO_SERVER_URL: remote }), remote).toThrow(
        /MICONSULADO_SERVER_URL .*https:\/\//,
      );
    }
  });

  it('has a WebSocket twin for the CSP', () => {
    expect(webSocketOrigin('http://127.0.0.1:4000')).toBe('ws://127.0.0.1:4000');
    expect(webSocketOrigin('https://citas.sre.gob.mx')).toBe('wss://citas.sre.gob.mx');
  });
});
