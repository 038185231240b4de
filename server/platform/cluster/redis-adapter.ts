import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';

/** socket.io across instances: what the server wires in, what readiness asks, what shutdown closes. */
export interface ClusterAdapter {
  /** For `new Server(…, {adapter})`. */
  adapter: NonNullable<ServerOptions['adapter']>;
  /** Both Redis connections (publish, subscribe) are up: broadcasts reach the other instances. */
  isConnected(): boolean;
  /**
   * A lease among the instances: true when this instance holds `name` for the next `ttlMs` (it
   * took it free, or renewed its own). A holder that dies loses it when the time runs out.
   */
  claim(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Runs a Lua script on Redis with keys under this deployment's prefix (REDIS_KEY): shared counters. */
  runScript(script: string, keys: readonly string[], args: readonly string[]): Promise<unknown>;
  close(): Promise<void>;
}

/** Take the key when free, renew it when ours: one round trip, no race between the two. */
const CLAIM_SCRIPT = `local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

export interface RedisAdapterOptions {
  url: string;
  /** Prefix of the pub/sub channels (REDIS_KEY). */
  key: string;
  /** How long a cross-instance question (fetchSockets) waits for the other instances. */
  requestsTimeoutMs?: number;
  /** A first connection slower than this stops the start, naming Redis. */
  connectTimeoutMs?: number;
  log(line: string): void;
}

/** The URL without its password, for messages. */
export const redactRedisUrl = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');

/**
 * Connects the two Redis clients the adapter needs (a subscribed connection can do nothing else)
 * and builds socket.io's Redis adapter on them. A lost connection is retried forever with a capped
 * backoff; meanwhile readiness says `adapter: disconnected`, so a proxy that polls it moves work away.
 */
export async function connectRedisAdapter(options: RedisAdapterOptions): Promise<ClusterAdapter> {
  const where = redactRedisUrl(options.url);
  const pub = createClient({
    url: options.url,
    socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
  });
  const sub = pub.duplicate();
  let lastError = '';
  for (const [name, client] of [
    ['publish', pub],
    ['subscribe', sub],
  ] as const) {
    // Without a listener a lost connection would crash the process; it is retried instead.
    client.on('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) options.log(`Redis ${where} (${name}): ${message}`);
      lastError = message;
    });
    client.on('ready', () => {
      if (lastError) options.log(`Redis ${where} (${name}): connected again`);
      lastError = '';
    });
  }
  // socket.io's adapter calls these and forgets them (no catch): a publish, or a (un)subscribe as the
  // adapter starts or closes, that meets Redis away is lost like any pub/sub message and must not
  // surface as an unhandled rejection that ends the process. It is reported like the connection's
  // own errors. Our own commands (claim, runScript) are awaited by their callers.
  const reportFailure = (name: string) => (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== lastError) options.log(`Redis ${where} (${name}): ${message}`);
    lastError = message;
    return undefined;
  };
  for (const [client, methods] of [
    [pub, ['publish']],
    [sub, ['subscribe', 'pSubscribe', 'unsubscribe', 'pUnsubscribe']],
  ] as const) {
    for (const method of methods) {
      const original = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client);
      Object.assign(client, {
        [method]: (...args: unknown[]) => original(...args).catch(reportFailure(method)),
      });
    }
  }
  const close = async () => {
    await Promise.allSettled(
      [pub, sub].map((client) => (client.isOpen ? client.close() : Promise.resolve())),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  try {
    // At start a refused or failing connection stops the start at once (a supervisor restarts it);
    // only a connection lost later is retried.
    await Promise.race([
      Promise.all([pub.connect(), sub.connect()]),
      new Promise((_, reject) => {
        pub.once('error', (error: Error) =>
          reject(new Error(`Redis ${where} did not answer (REDIS_URL): ${error.message}`)),
        );
        timer = setTimeout(
          () => reject(new Error(`Redis ${where} did not answer within ${timeoutMs} ms (REDIS_URL)`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    pub.destroy();
    sub.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    adapter: createAdapter(pub, sub, {
      key: options.key,
      requestsTimeout: options.requestsTimeoutMs ?? 3000,
      publishOnSpecificResponseChannel: true,
    }),
    isConnected: () => pub.isReady && sub.isReady,
    async claim(name, owner, ttlMs) {
      const held = await pub.eval(CLAIM_SCRIPT, {
        keys: [`${options.key}:lease:${name}`],
        arguments: [owner, String(Math.max(1, Math.round(ttlMs)))],
      });
      return held === 1;
    },
    runScript: (script, keys, args) =>
      pub.eval(script, { keys: keys.map((k) => `${options.key}:${k}`), arguments: [...args] }),
    close,
  };
}
