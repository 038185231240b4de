import type { FastifyInstance, FastifyReply } from 'fastify';
import { isApiPath, pathOf } from './api-paths';

/**
 * What every API answer carries: never stored by a browser or a proxy (they hold personal data:
 * applicants, calls, appointments), never sniffed as another type than the one it says.
 */
export function setApiHeaders(reply: FastifyReply) {
  reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
}

/**
 * `X-Content-Type-Options: nosniff` on every answer and `Cache-Control: no-store` on the API's;
 * the console's files keep the caching `console-static.ts` gives them.
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (isApiPath(pathOf(request.raw.url ?? request.url))) setApiHeaders(reply);
    else reply.header('x-content-type-options', 'nosniff');
  });
}
