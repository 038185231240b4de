import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Why a sign-in was refused (bounded: never the username or the address). */
export type SignInRefusal = 'wrong_credentials' | 'locked' | 'rate_limited';

/**
 * The metrics of one running server (docs/OPERATIONS names them; the alert rules and dashboard in
 * deploy/ read them): a registry of its own, never prom-client's global one, since tests run several
 * servers in one process. Counters and the histogram are fed as things happen; the gauges read at
 * scrape time are added by `readAtScrape` (scrape-gauges.ts).
 */
export function createServerMetrics(options: { version: string }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const metrics = {
    registry,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route template (unmatched: no route) and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    slotEventsRelayed: new Counter({
      name: 'miconsulado_slot_events_relayed_total',
      help: 'Slot change events this instance relayed to its sockets',
      registers,
    }),
    bookings: new Counter({
      name: 'miconsulado_bookings_total',
      help: 'Live appointments booked by this instance (after commit), by consulate code',
      labelNames: ['consulate'] as const,
      registers,
    }),
    cancellations: new Counter({
      name: 'miconsulado_cancellations_total',
      help: 'Live appointments cancelled by this instance (after commit), by consulate code',
      labelNames: ['consulate'] as const,
      registers,
    }),
    signInFailures: new Counter({
      name: 'miconsulado_sign_in_failures_total',
      help: 'Sign-ins refused: wrong_credentials, locked or rate_limited',
      labelNames: ['reason'] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'miconsulado_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit (429), by the limit',
      labelNames: ['limit'] as const,
      registers,
    }),
    transactionRetries: new Counter({
      name: 'miconsulado_db_transaction_retries_total',
      help: 'Transactions run again after a serialization failure or a deadlock',
      registers,
    }),
    backupLastSuccess: new Gauge({
      name: 'miconsulado_backup_last_success_timestamp_seconds',
      help: "Unix time of this instance's last good scheduled backup (0: none yet)",
      registers,
    }),
    buildInfo: new Gauge({
      name: 'miconsulado_build_info',
      help: "The server's version (always 1)",
      labelNames: ['version'] as const,
      registers,
    }),
  };
  metrics.buildInfo.set({ version: options.version }, 1);
  // Sign-in reasons exist from the start, so a rate over them is 0 rather than absent.
  for (const reason of ['wrong_credentials', 'locked', 'rate_limited'] satisfies SignInRefusal[])
    metrics.signInFailures.inc({ reason }, 0);
  return metrics;
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;
