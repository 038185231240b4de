import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Authenticate } from '../../kernel/authenticated-user';
import { closeConnectionsWhileDraining } from './draining-connections';
import { registerConsoleStatic } from './console-static';
import { registerApiCors } from './cors';
import { answerClientError, answerFrameworkError } from './framework-errors';
import { handleHttpError, sendError } from './http-error';
import { registerSecurityHeaders } from './security-headers';
import { buildOpenApiDocument } from './openapi';
import { registerRoute } from './register-route';
import { noteErrorCode, RequestLogController } from '../logging/request-log';
import { REQUEST_ID_HEADER, requestIdOf } from '../logging/request-id';
import { createServerLogger, type ServerLogger } from '../logging/server-logger';
import type { RouteDefinition } from './route-definition';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface HttpAppOptions {
  /** LOG_LEVEL of a logger of its own, when no `logger` is given. */
  logLevel?: string;
  /** The process's logger (JSON lines); each request logs one line through a child with its reqId. */
  logger?: ServerLogger;
  /** Answers 503 on a draining instance and closes its kept-alive connections. */
  readiness: { isDraining(): boolean };
  /** Origins allowed to call the API cross-origin (CONSOLE_ORIGINS). */
  consoleOrigins?: readonly string[];
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); none: `request.ip` is the TCP peer. */
  trustProxy?: readonly string[];
  /** How long a request may take to arrive, headers and body (REQUEST_TIMEOUT_MS); default 30 s. */
  requestTimeoutMs?: number;
}

/** Headers alone must arrive within this (or the request timeout, if shorter). */
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Node's timeouts against slow clients: the whole request (headers and body) within
 * `requestTimeoutMs`, the headers within 10 s, checked often enough to cut close to the limit. They
 * count until a request has arrived, so WebSockets and long-polls, and slow answers, are not cut.
 */
function requestTimeouts(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    http: {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(requestTimeoutMs / 5))),
    },
  };
}

const apiNotFound = (request: FastifyRequest, reply: FastifyReply) =>
  sendError(reply, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]} in this API.`);

/**
 * The HTTP server before any route: JSON bodies (an empty one is no body), errors in the contract's
 * shape everywhere (Node's and the router's refusals too), API answers never stored nor sniffed,
 * timeouts for slow requests, CORS for the desktop shell on /api, draining. Its `server` exists at once, so
 * socket.io can be attached before the modules are wired.
 */
export function buildHttpApp(options: HttpAppOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: (options.logger ??
      createServerLogger({ level: options.logLevel ?? 'info', instanceId: 'http' })) as FastifyBaseLogger,
    // X-Request-Id is kept when sane (a proxy's id follows the request through), else a new one.
    requestIdHeader: false,
    genReqId: requestIdOf,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    ...requestTimeouts(options.requestTimeoutMs ?? 30_000),
    // What Node's parser and Fastify's router refuse answers in the contract's shape too.
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // One line per request on completion: method, route template, status, duration, ids (no URL).
    logController: new RequestLogController(),
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    noteErrorCode(reply, payload);
    return payload;
  });
  // An empty JSON body is no body (a DELETE or a cancel without reasons), not an error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch (error) {
        done(Object.assign(error as Error, { statusCode: 400 }), undefined);
      }
    },
  );
  app.setErrorHandler(handleHttpError);
  registerSecurityHeaders(app);
  closeConnectionsWhileDraining(app, options.readiness);
  registerApiCors(app, options.consoleOrigins ?? []);
  app.setNotFoundHandler(apiNotFound);
  return app;
}

/**
 * Mounts the route table the composition root gathered from the modules (each route checked by
 * `registerRoute`: token, role, schemas), the OpenAPI document generated from it at /api/docs, and
 * the built console at `/` (GET and HEAD of what /api does not own; `consoleDir` null serves none).
 */
export function mountApi(
  app: FastifyInstance,
  routes: readonly RouteDefinition[],
  options: { authenticate: Authenticate; consoleDir?: string | null },
): void {
  for (const route of routes) registerRoute(app, route, options.authenticate);
  const document = buildOpenApiDocument(routes);
  app.get('/api/docs', async () => document);
  if (options.consoleDir) registerConsoleStatic(app, options.consoleDir, apiNotFound);
}
