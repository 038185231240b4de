import { describe, expect, it } from 'vitest';
import { consoleCsp } from './console-static';
import { corsHeadersFor } from './cors';

const allowed = new Set(['app://console', 'http://localhost:5173']);

describe('corsHeadersFor', () => {
  it('echoes an allowed origin exactly and exposes Idempotent-Replayed on answers', () => {
    expect(corsHeadersFor('app://console', allowed, false)).toEqual({
      'access-control-allow-origin': 'app://console',
      'access-control-expose-headers': 'idempotent-replayed',
    });
  });

  it('answers a preflight with the methods and request headers the API takes', () => {
    expect(corsHeadersFor('http://localhost:5173', allowed, true)).toEqual({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers':
        'authorization, content-type, idempotency-key, x-call-id, x-practice-mode',
      'access-control-max-age': '600',
    });
  });

  it('gives nothing to another origin, a look-alike, or no origin at all', () => {
    for (const origin of [
      'https://evil.example',
      'app://console.evil',
      'app://consol',
      'APP://CONSOLE',
      'null',
      '*',
      undefined,
    ]) {
      expect(corsHeadersFor(origin, allowed, false), String(origin)).toEqual({});
      expect(corsHeadersFor(origin, allowed, true), String(origin)).toEqual({});
    }
  });
});

describe('consoleCsp', () => {
  it('lets the console connect to its own host only, over HTTP and WebSocket', () => {
    expect(consoleCsp('127.0.0.1:4000')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:4000 wss://127.0.0.1:4000; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    expect(consoleCsp('[::1]:4000')).toContain("connect-src 'self' ws://[::1]:4000 wss://[::1]:4000;");
  });

  it("never writes a strange Host header into the policy: 'self' alone then", () => {
    for (const host of [undefined, '', "evil.example; script-src 'unsafe-inline'", 'a b', 'evil.example/x']) {
      expect(consoleCsp(host), String(host)).toContain("connect-src 'self'; object-src");
    }
  });
});
