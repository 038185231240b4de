/**
 * Where the tests find Redis (`TEST_REDIS_URL`, else the machine's own server), and the one probe
 * that says whether it answers.
 */
import { Socket } from 'node:net';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function testRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_REDIS_URL || DEFAULT_REDIS_URL;
}

/** Why nothing at `url` answers PING with PONG within `timeoutMs`, or null when it does. */
export function probeRedis(url: string, timeoutMs = 1_000): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (reason: string | null) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once('error', (error) => done(error.message || error.name));
    socket.once('data', (data) =>
      done(
        data.toString().startsWith('+PONG')
          ? null
          : `answered "${data.toString().trim().slice(0, 60)}" to PING`,
      ),
    );
    // URL.hostname keeps an IPv6 address's brackets; the socket wants it bare.
    socket.connect(Number(port || 6379), hostname.replace(/^\[(.*)\]$/, '$1'), () =>
      socket.write('PING\r\n'),
    );
  });
}
