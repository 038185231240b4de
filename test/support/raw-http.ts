/**
 * HTTP requests sent exactly as written. fetch normalizes a path (`/a/../b` becomes `/b`, `%2e%2e`
 * stays but `..` goes), so traversal attempts must go out through node:http, byte for byte.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface RawExchange {
  /** The status of the answer, 0 when the server closed without one. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Bytes the client had written when the server closed the connection. */
  bytesSent: number;
}

/**
 * Writes `head` on a bare TCP connection, then (if asked) `trickle` one byte at a time every
 * `everyMs`, until the server closes the connection; resolves with what it answered. A slow client
 * as a slowloris sends it: nothing here ever completes the request on its own.
 */
export function rawExchange(
  baseUrl: string,
  head: string | Buffer,
  trickle: { bytes: string; everyMs: number } | null = null,
): Promise<RawExchange> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write(head);
      sent += Buffer.byteLength(head);
      if (!trickle) return;
      let next = 0;
      timer = setInterval(() => {
        if (socket.destroyed || !socket.writable) return;
        socket.write(trickle.bytes[next % trickle.bytes.length] ?? ' ');
        next += 1;
        sent += 1;
      }, trickle.everyMs);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset the connection after its answer while bytes are still arriving.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearInterval(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [headText = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = headText.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: rest.join('\r\n\r\n'),
        bytesSent: sent,
      });
    });
  });
}
