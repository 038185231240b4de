import { Health, Readiness } from '../../../shared/api/health';
import type { ReadinessProbe } from './readiness';
import { defineRoute } from '../http/route-definition';

/**
 * Liveness and readiness for whatever runs the instances (a proxy, systemd, an orchestrator). No
 * token: they say nothing about anyone's data, only whether this process should get work.
 */
export const healthRoutes = (probe: ReadinessProbe) => [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary:
      'Liveness: the process serves HTTP (also while draining or while the database is down); names the instance.',
    tags: ['health'],
    access: 'public',
    responses: { 200: Health },
    handler: async () => ({ status: 200, body: { status: 'ok', instance: probe.instanceId } }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/ready',
    summary:
      'Readiness: 200 when the database answers with every migration applied, the socket.io adapter (if any) is connected and the instance is not shutting down; else 503 with the failing checks.',
    tags: ['health'],
    access: 'public',
    responses: { 200: Readiness, 503: Readiness },
    handler: async () => {
      const readiness = await probe.check();
      // A proxy must not keep an idle connection to an instance it should stop using.
      return {
        status: readiness.status === 'ready' ? 200 : 503,
        body: readiness,
        headers: { 'cache-control': 'no-store' },
      };
    },
  }),
];
