/**
 * Sign-ins from a chosen client address, as a client on another machine sends them: each on a new
 * TCP connection from `from` (any 127.x.y.z works on Linux loopback), optionally through a proxy
 * that says whom it forwards for (`forwardedFor`, the X-Forwarded-For header as sent).
 */
import { request } from 'node:http';

export interface SignInAnswer {
  status: number;
  body: {
    token?: string;
    user?: { id: string };
    error?: { code: string; message: string; details?: unknown };
  };
}

export function signInFrom(
  baseUrl: string,
  credentials: { username: string; password: string },
  { from = '127.0.0.1', forwardedFor }: { from?: string; forwardedFor?: string } = {},
): Promise<SignInAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const payload = JSON.stringify(credentials);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
  };
  if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: '/api/auth/login',
        headers,
        localAddress: from,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as SignInAnswer['body'] }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** How many answers had each status: `{401: 10, 429: 290}`. */
export const countByStatus = (answers: readonly SignInAnswer[]) =>
  answers.reduce<Record<number, number>>(
    (counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }),
    {},
  );
