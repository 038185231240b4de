/**
 * A small real HTTP server for the renderer's tests of its API client, for what the real server
 * never does: `/headers` answers 200 with the request's headers as JSON; `/refuse/<status>/<code>`
 * answers that status with the contract's error shape and that code (one the console may not know).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startEchoServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const refuse = /^\/refuse\/(\d{3})\/([a-z_]+)$/.exec(path);
    const [status, body] = refuse
      ? [
          Number(refuse[1]),
          { error: { code: refuse[2], message: `The echo server refused (${refuse[2]}).` } },
        ]
      : path === '/headers'
        ? [200, req.headers]
        : [404, { error: { code: 'not_found', message: 'Only /headers and /refuse/<status>/<code>.' } }];
    res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
