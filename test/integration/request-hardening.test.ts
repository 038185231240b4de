/**
 * Requests that cannot hurt: whatever Fastify or Node refuses answers in the contract's shape
 * (`{error: {code, message}}`, never Fastify's own), API answers are never stored or sniffed, and a
 * request that trickles in is cut after REQUEST_TIMEOUT_MS with 408 while sockets stay up.
 */
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, expectError, login, type Session } from '../support/api-client';
import { rawExchange, type RawExchange } from '../support/raw-http';
import { connectSocket, sleep, type SubscribeAck } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';

/** Short, so a trickling client is cut within the test; the default is 30 s. */
const REQUEST_TIMEOUT_MS = 1500;

let server: TestServer;
let operator: Session;

beforeAll(async () => {
  server = await startTestServer({ REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
  operator = await login(server.url, 'operator2');
});

afterAll(async () => {
  await server?.close();
});

/** The contract's error shape on a raw answer, with this status and code. */
function expectRawError(answer: RawExchange, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
}

/** A week of PHX's slots, as a console subscribes to it. */
const SUBSCRIBE = { consulateId: 'PHX', from: '2030-01-07', to: '2030-01-13' };

const host = () => new URL(server.url).host;

describe("Fastify's and Node's refusals answer in the contract's shape", () => {
  it('an unknown API route: 404 not_found', async () => {
    expectError(await operator.api.get('/api/no-such-thing'), 404, 'not_found');
  });

  it('a body that is not JSON: 400 invalid_request', async () => {
    const response = await new ApiClient(server.url).request('POST', '/api/auth/login', {
      rawBody: '{"username": ',
    });
    expectError(response, 400, 'invalid_request');
  });

  it('a body that is not sent as JSON: 415 unsupported_media_type', async () => {
    const response = await new ApiClient(server.url).request('POST', '/api/auth/login', {
      rawBody: '<login><username>operator1</username></login>',
      headers: { 'content-type': 'application/xml' },
    });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('a body over 1 MiB: 413 payload_too_large', async () => {
    const response = await operator.api.request('POST', '/api/applicants', {
      rawBody: JSON.stringify({ givenNames: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expectError(response, 413, 'payload_too_large');
  });

  it('a path part longer than the router reads: 414 uri_too_long', async () => {
    const response = await operator.api.post(`/api/calls/${'a'.repeat(300)}/end`, {
      wrapUpCode: 'information',
    });
    expectError(response, 414, 'uri_too_long');
  });

  it('a URL that does not decode: 400 invalid_request', async () => {
    const answer = await rawExchange(
      server.url,
      `GET /api/calls/%E0%A4%A HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`,
    );
    expectRawError(answer, 400, 'invalid_request');
  });

  it("a URL longer than Node's parser reads: 414 uri_too_long, and the connection closed", async () => {
    const answer = await rawExchange(
      server.url,
      `GET /api/slots?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${host()}\r\n\r\n`,
    );
    expectRawError(answer, 414, 'uri_too_long');
  });

  it("headers larger than Node's parser reads: 431 headers_too_large", async () => {
    const answer = await rawExchange(
      server.url,
      `GET /api/health HTTP/1.1\r\nHost: ${host()}\r\nX-Filler: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expectRawError(answer, 431, 'headers_too_large');
  });

  it('bytes that are not HTTP: 400 invalid_request', async () => {
    const answer = await rawExchange(server.url, 'HELLO THERE\r\n\r\n');
    expectRawError(answer, 400, 'invalid_request');
  });
});

describe('API answers are never stored and never sniffed', () => {
  it.each([
    ['a public answer', () => new ApiClient(server.url).get('/api/consulates')],
    ['personal data', () => operator.api.get('/api/applicants?q=Garcia')],
    ['the signed-in user', () => operator.api.get('/api/auth/me')],
    ['a refusal', () => new ApiClient(server.url).get('/api/auth/me')],
    ['an unknown route', () => operator.api.get('/api/no-such-thing')],
    ['the API document', () => new ApiClient(server.url).get('/api/docs')],
  ])('%s: Cache-Control no-store, X-Content-Type-Options nosniff', async (_, send) => {
    const response = await send();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('a request that trickles in is cut (slowloris)', () => {
  it(
    'a body sent a byte at a time past REQUEST_TIMEOUT_MS: 408 request_timeout, then the connection closes',
    { timeout: 20_000 },
    async () => {
      const answer = await rawExchange(
        server.url,
        `POST /api/auth/login HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: application/json\r\n` +
          'Content-Length: 100000\r\n\r\n{"username":"',
        { bytes: 'operator', everyMs: 100 },
      );
      expectRawError(answer, 408, 'request_timeout');
      expect(answer.headers['cache-control']).toBe('no-store');
    },
  );

  it(
    'headers sent a byte at a time: 408 request_timeout, then the connection closes',
    { timeout: 20_000 },
    async () => {
      const answer = await rawExchange(
        server.url,
        `GET /api/health HTTP/1.1\r\nHost: ${host()}\r\nX-Slow: `,
        {
          bytes: 'abcdefgh',
          everyMs: 100,
        },
      );
      expectRawError(answer, 408, 'request_timeout');
    },
  );

  it('a WebSocket outlives the request timeout and still answers', { timeout: 20_000 }, async () => {
    const socket = await connectSocket(server.url, operator.token);
    try {
      await sleep(REQUEST_TIMEOUT_MS * 2);
      expect(socket.connected).toBe(true);
      const ack = await socket.timeout(5000).emitWithAck('slots:subscribe', SUBSCRIBE);
      expect(ack as SubscribeAck).toMatchObject({ ok: true });
    } finally {
      socket.close();
    }
  });

  it(
    'a long-polling socket outlives the request timeout and still answers',
    { timeout: 20_000 },
    async () => {
      const socket = io(server.url, {
        transports: ['polling'],
        reconnection: false,
        forceNew: true,
        auth: { token: operator.token },
      });
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        await sleep(REQUEST_TIMEOUT_MS * 2);
        expect(socket.connected).toBe(true);
        const ack = (await socket.timeout(5000).emitWithAck('slots:subscribe', SUBSCRIBE)) as SubscribeAck;
        expect(ack).toMatchObject({ ok: true });
      } finally {
        socket.close();
      }
    },
  );
});
