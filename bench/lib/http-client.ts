import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  /** From just before the request is written to the end of the response body. */
  ms: number;
  /** performance.now() when the response body ended (same process). */
  endedAt: number;
}

export interface HttpClient {
  request<T = unknown>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<HttpAnswer<T>>;
  close(): void;
}

/**
 * A lean JSON client over keep-alive connections (node:http, no fetch): one connection per
 * concurrent caller, so a figure measures the server, not a client-side queue.
 */
export function createHttpClient(
  baseUrl: string,
  options: { connections: number; timeoutMs?: number },
): HttpClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.connections,
    maxFreeSockets: options.connections,
    scheduling: 'lifo',
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    request<T>(
      method: string,
      path: string,
      o: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
    ) {
      const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
      const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      return new Promise<HttpAnswer<T>>((resolve, reject) => {
        const started = performance.now();
        const req = http.request(
          { host: url.hostname, port: url.port, method, path, headers, agent, timeout: timeoutMs },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const endedAt = performance.now();
              const text = Buffer.concat(chunks).toString();
              let body: unknown = undefined;
              if (text) {
                try {
                  body = JSON.parse(text);
                } catch {
                  body = text;
                }
              }
              resolve({ status: res.statusCode ?? 0, body: body as T, ms: endedAt - started, endedAt });
            });
            res.on('error', reject);
          },
        );
        req.on('timeout', () =>
          req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)),
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
