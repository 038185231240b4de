import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppServices } from './app-services';
import { registerConsoleStatic } from './console-static';
import { registerApiCors } from './cors';
import { closeConnectionsWhileDraining } from '../lifecycle/draining-connections';
import { handleHttpError, sendError } from './http-error';
import { buildOpenApiDocument } from './openapi';
import { registerRoute } from './register-route';
import type { RouteDefinition } from './route-definition';
import { applicantRoutes } from '../../modules/applicants/applicant-routes';
import { appointmentRoutes } from '../../modules/booking/appointment-routes';
import { authRoutes } from '../../modules/auth/auth-routes';
import { callRoutes } from '../../modules/calls/call-routes';
import { capacityRoutes } from '../../modules/capacity/capacity-routes';
import { floorRoutes } from '../../modules/floor/floor-routes';
import { healthRoutes } from '../lifecycle/health-routes';
import { holdRoutes } from '../../modules/booking/hold-routes';
import { meRoutes } from '../../modules/floor/me-routes';
import { practiceRoutes } from '../../modules/practice/practice-routes';
import { referenceRoutes } from '../../modules/reference/reference-routes';
import { shiftRoutes } from '../../modules/shifts/shift-routes';
import { slotRoutes } from '../../modules/slots/slot-routes';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export function apiRoutes(services: AppServices): RouteDefinition[] {
  return [
    ...healthRoutes(services.health),
    ...authRoutes(services),
    ...referenceRoutes(services),
    ...applicantRoutes(services),
    ...slotRoutes(services),
    ...holdRoutes(services),
    ...appointmentRoutes(services),
    ...callRoutes(services),
    ...meRoutes(services),
    ...floorRoutes(services),
    ...capacityRoutes(services),
    ...shiftRoutes(services),
    ...practiceRoutes(services),
  ];
}

export interface HttpAppOptions {
  logLevel: string;
  /** The built console (CONSOLE_DIR), served at `/`; null serves none. */
  consoleDir?: string | null;
  /** Origins allowed to call the API cross-origin (CONSOLE_ORIGINS). */
  consoleOrigins?: readonly string[];
}

const apiNotFound = (request: FastifyRequest, reply: FastifyReply) => sendError(reply, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]} in this API.`);

/**
 * The HTTP API: every route from the table, JSON errors everywhere, OpenAPI at /api/docs; CORS for
 * the desktop shell on /api; the built console at `/` (GET and HEAD of what /api does not own).
 */
export function buildHttpApp(services: AppServices, options: HttpAppOptions): FastifyInstance {
  const app = Fastify({
    logger: { level: options.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    // 35,000 calls a day: one line per request only when debugging.
    logController: new LogController({ disableRequestLogging: options.logLevel !== 'debug' }),
  });
  // An empty JSON body is no body (a DELETE or a cancel without reasons), not an error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });
  app.setErrorHandler(handleHttpError);
  closeConnectionsWhileDraining(app, services.health);
  registerApiCors(app, options.consoleOrigins ?? []);
  app.setNotFoundHandler(apiNotFound);
  const routes = apiRoutes(services);
  for (const route of routes) registerRoute(app, route, services.sessions);
  const document = buildOpenApiDocument(routes);
  app.get('/api/docs', async () => document);
  if (options.consoleDir) registerConsoleStatic(app, options.consoleDir, apiNotFound);
  return app;
}
