import type { FastifyInstance } from 'fastify';

/**
 * While the instance drains, every answer says `Connection: close`, so each kept-alive connection
 * (a client's, or the proxy's upstream pool) ends cleanly after a response instead of being cut
 * when the listener closes: a request sent on an idle connection at that moment would meet a reset.
 */
export function closeConnectionsWhileDraining(app: FastifyInstance, probe: { isDraining(): boolean }) {
  app.addHook('onRequest', async (_request, reply) => {
    if (probe.isDraining()) reply.header('connection', 'close');
  });
}
