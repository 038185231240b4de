import pg from 'pg';

export interface NoticeListener {
  /** True while the LISTEN connection is up. */
  connected(): boolean;
  close(): Promise<void>;
}

/** The connection string without the `schema` parameter, which only this application understands. */
function plainConnectionString(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.delete('schema');
  return url.toString();
}

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and hands each notice over. When
 * the connection drops (a restart, a failover) it reconnects with backoff. `onReconnect` runs each
 * time LISTEN takes effect: notices sent before are lost, so the caller reads the heads again.
 */
export function listenForNotices(options: {
  databaseUrl: string;
  channel: string;
  onNotice(payload: string | undefined): void;
  onReconnect(): void;
  onError(error: unknown, what: string): void;
}): NoticeListener {
  let client: pg.Client | null = null;
  let up = false;
  let closed = false;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  function scheduleReconnect() {
    if (closed || retry) return;
    const delay = Math.min(5000, 100 * 2 ** attempt++) * (0.5 + Math.random() / 2);
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
    retry.unref();
  }

  async function connect() {
    const next = new pg.Client({
      connectionString: plainConnectionString(options.databaseUrl),
      keepAlive: true,
    });
    const lost = (error?: unknown) => {
      if (client !== next) return;
      up = false;
      client = null;
      next.removeAllListeners();
      next.on('error', () => {});
      void next.end().catch(() => {});
      if (closed) return;
      if (error) options.onError(error, 'slot events: LISTEN connection lost');
      scheduleReconnect();
    };
    client = next;
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotice(message.payload);
    });
    try {
      await next.connect();
      await next.query(`listen "${options.channel}"`);
      if (closed || client !== next) return;
      attempt = 0;
      up = true;
      // Whatever committed before this LISTEN took effect was not announced to it.
      options.onReconnect();
    } catch (error) {
      lost(error);
    }
  }

  void connect();
  return {
    connected: () => up,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      up = false;
      if (current) {
        current.removeAllListeners();
        current.on('error', () => {});
        await current.end().catch(() => {});
      }
    },
  };
}
