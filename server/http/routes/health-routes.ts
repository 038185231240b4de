import { z } from 'zod';
import { defineRoute } from '../route-definition';

export const healthRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: 'Liveness: the server answers.',
    tags: ['health'],
    access: 'public',
    responses: { 200: z.object({ status: z.literal('ok') }) },
    handler: async () => ({ status: 200, body: { status: 'ok' } }),
  }),
];
