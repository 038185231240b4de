import { z } from 'zod';

/** `GET /api/health`: the process serves HTTP (liveness); `instance` names which one of several answered. */
export const Health = z.object({ status: z.literal('ok'), instance: z.string() });
export type Health = z.infer<typeof Health>;

/** The database answered a trivial query in time and every migration this build knows is applied. */
export const DatabaseCheck = z.enum(['ok', 'unreachable', 'timeout', 'migrations_pending']);
/** socket.io's Redis adapter: connected, lost, or none configured (one instance). */
export const AdapterCheck = z.enum(['ok', 'disconnected', 'none']);

/**
 * `GET /api/ready`: 200 `ready` when this instance should get new work; 503 `not_ready` while the
 * database or the adapter is down, or while it drains before shutting down.
 */
export const Readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  instance: z.string(),
  checks: z.object({ database: DatabaseCheck, adapter: AdapterCheck, draining: z.boolean() }),
});
export type Readiness = z.infer<typeof Readiness>;
