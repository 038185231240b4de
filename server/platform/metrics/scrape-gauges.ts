import { Gauge, type Registry } from 'prom-client';
import { diskSpaceAt } from './disk-space';
import { sharedRead } from './scrape-once';

/** One call queue's figures as the lead's floor computes them. */
export interface QueueFigures {
  queue: string;
  waiting: number;
  longestWaitSeconds: number;
  /** Today's share answered within the queue's target seconds; null when no call had an outcome today. */
  serviceLevel: number | null;
  serviceLevelTarget: number;
}

/** What the gauges read at scrape time, handed over by the composition root (the platform knows no module). */
export interface ScrapeSources {
  /** Sockets connected to this instance now. */
  socketConnections(): number;
  /** Age of the oldest committed slot event this instance has not relayed yet; 0 when caught up. */
  outboxLagSeconds(): number;
  /** Live holds (not expired, released nor booked) by consulate code: only consulates with some. */
  holdsLive(): Promise<readonly { consulate: string; holds: number }[]>;
  /** Messages waiting to be sent by channel, and the age of the oldest. */
  messageQueue(): Promise<readonly { channel: string; depth: number; oldestAgeSeconds: number }[]>;
  queues(): Promise<readonly QueueFigures[]>;
  dbPool(): { total: number; idle: number; waiting: number };
  /** File systems to watch: `database` (the SQLite file's folder), `backups`. */
  disks: readonly { volume: string; path: string }[];
  onError(error: unknown, what: string): void;
}

/** Reads within a second of each other share one database read (the gauges of one scrape). */
const SHARED_MS = 1000;

/**
 * A labelled gauge whose series stay once seen: a label value that had a sample and has none now
 * reads 0 (no holds at that consulate any more), so graphs and alerts see a drop, not a gap.
 */
function keepSeries(gauge: Gauge<string>, label: string) {
  const seen = new Set<string>();
  return (values: readonly (readonly [string, number])[]) => {
    const now = new Map(values);
    for (const value of seen) if (!now.has(value)) gauge.set({ [label]: value }, 0);
    for (const [value, n] of now) {
      seen.add(value);
      gauge.set({ [label]: value }, n);
    }
  };
}

/**
 * The gauges of what lives in the database, the routing and the floor, the pool and the disks,
 * each filled by prom-client's `collect()` when a scrape asks. A source that fails leaves its
 * gauge as it was last read and is logged; the scrape still answers.
 */
export function readAtScrape(registry: Registry, sources: ScrapeSources): void {
  const registers = [registry];
  const quietly = async (what: string, work: () => Promise<void> | void) => {
    try {
      await work();
    } catch (error) {
      sources.onError(error, `metrics: ${what}`);
    }
  };
  const queues = sharedRead(() => sources.queues(), SHARED_MS);
  const messages = sharedRead(() => sources.messageQueue(), SHARED_MS);

  // First: read before this scrape's own queries take connections from the pool.
  new Gauge({
    name: 'miconsulado_db_pool_connections',
    help: 'Database connections: total, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const pool = sources.dbPool();
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });

  new Gauge({
    name: 'miconsulado_socket_connections',
    help: 'Sockets connected to this instance',
    registers,
    collect() {
      this.set(sources.socketConnections());
    },
  });
  new Gauge({
    name: 'miconsulado_outbox_lag_seconds',
    help: 'Age of the oldest committed slot event this instance has not relayed yet (0: caught up)',
    registers,
    collect() {
      this.set(sources.outboxLagSeconds());
    },
  });
  const holds: Gauge<'consulate'> = new Gauge({
    name: 'miconsulado_holds_live',
    help: 'Holds not expired, released nor booked, by consulate code',
    labelNames: ['consulate'] as const,
    registers,
    collect: () =>
      quietly('holds live', async () =>
        setHolds((await sources.holdsLive()).map((h) => [h.consulate, h.holds] as const)),
      ),
  });
  const setHolds = keepSeries(holds, 'consulate');

  const depth: Gauge<'channel'> = new Gauge({
    name: 'miconsulado_message_queue_depth',
    help: 'Messages to applicants waiting to be sent (queued or retrying), by channel',
    labelNames: ['channel'] as const,
    registers,
    collect: () =>
      quietly('message queue', async () =>
        setDepth((await messages()).map((m) => [m.channel, m.depth] as const)),
      ),
  });
  const setDepth = keepSeries(depth, 'channel');
  const age: Gauge<'channel'> = new Gauge({
    name: 'miconsulado_message_queue_oldest_age_seconds',
    help: 'Age of the oldest message waiting to be sent (0: none), by channel',
    labelNames: ['channel'] as const,
    registers,
    collect: () =>
      quietly('message queue', async () =>
        setAge((await messages()).map((m) => [m.channel, m.oldestAgeSeconds] as const)),
      ),
  });
  const setAge = keepSeries(age, 'channel');

  const queueGauge = (name: string, help: string, pick: (q: QueueFigures) => number | null) => {
    const gauge: Gauge<'queue'> = new Gauge({
      name,
      help,
      labelNames: ['queue'] as const,
      registers,
      collect: () =>
        quietly('call queues', async () => {
          for (const q of await queues()) {
            const value = pick(q);
            // No outcome today: no service level to show (not 0, which would read as "all late").
            if (value === null) gauge.remove({ queue: q.queue });
            else gauge.set({ queue: q.queue }, value);
          }
        }),
    });
  };
  queueGauge('miconsulado_calls_waiting', 'Routed calls waiting in the queue now', (q) => q.waiting);
  queueGauge(
    'miconsulado_calls_longest_wait_seconds',
    'The longest current wait in the queue',
    (q) => q.longestWaitSeconds,
  );
  queueGauge(
    'miconsulado_service_level_ratio',
    "Today's share of calls answered within the queue's target seconds (absent: no outcome yet today)",
    (q) => q.serviceLevel,
  );
  queueGauge(
    'miconsulado_service_level_target_ratio',
    "The queue's service level target",
    (q) => q.serviceLevelTarget,
  );

  const disks = sources.disks.map((disk) => ({
    ...disk,
    read: sharedRead(() => diskSpaceAt(disk.path), SHARED_MS),
  }));
  const diskGauge = (name: string, help: string, pick: 'freeBytes' | 'sizeBytes') => {
    const gauge: Gauge<'volume'> = new Gauge({
      name,
      help,
      labelNames: ['volume'] as const,
      registers,
      collect: () =>
        quietly('disk space', async () => {
          for (const disk of disks) {
            const space = await disk.read();
            if (space) gauge.set({ volume: disk.volume }, space[pick]);
            else gauge.remove({ volume: disk.volume });
          }
        }),
    });
  };
  diskGauge('miconsulado_disk_free_bytes', 'Free bytes on the file system holding the volume', 'freeBytes');
  diskGauge('miconsulado_disk_size_bytes', 'Size of the file system holding the volume', 'sizeBytes');
}
