import type { FastifyInstance } from 'fastify';
import type { Histogram } from 'prom-client';

/** The route label of a request: its route's template, never the URL (ids stay out of labels). */
export const routeLabel = (template: string | undefined) => template ?? 'unmatched';

/**
 * Observes every answered request in the histogram: method, the route template Fastify matched
 * (`/api/appointments/:id`; `unmatched` when none, such as a 404 of no route), the status as sent,
 * and Fastify's own elapsed time. `/metrics` is observed too: a slow scrape shows there.
 * Registered before any route so that every route (and the not-found handler) has it.
 */
export function observeRequestDurations(
  app: FastifyInstance,
  histogram: Histogram<'method' | 'route' | 'status'>,
): void {
  app.addHook('onResponse', (request, reply, done) => {
    histogram.observe(
      {
        method: request.method,
        route: routeLabel(request.routeOptions.url),
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
