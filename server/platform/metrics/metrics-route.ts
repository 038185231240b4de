import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { sendError } from '../http/http-error';
import { carriesBearer } from './bearer-token';

/**
 * `GET /metrics` (CONTRACT "Operations (v2)"): Prometheus' text format for `Authorization: Bearer
 * <METRICS_TOKEN>`, 401 without it; with no token configured, 404 like any path the server does
 * not have (the console's fallback page never answers it). Outside /api: no session, no session limits.
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  options: { token: string | undefined; registry: Registry },
): void {
  const { token, registry } = options;
  app.get('/metrics', async (request, reply) => {
    if (!token) return sendError(reply, 'not_found', 'There is no GET /metrics on this server.');
    if (!carriesBearer(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      return sendError(
        reply,
        'unauthenticated',
        'The metrics need Authorization: Bearer followed by the server’s METRICS_TOKEN.',
      );
    }
    const text = await registry.metrics();
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(text);
  });
}
