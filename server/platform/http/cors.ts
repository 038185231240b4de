import type { FastifyInstance } from 'fastify';
import { PRACTICE_HEADER } from '../../../shared/api/practice';
import { isApiPath, pathOf } from './api-paths';
import { sendError } from './http-error';

export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'x-call-id',
  PRACTICE_HEADER,
] as const;
export const CORS_EXPOSED_HEADERS = ['idempotent-replayed'] as const;
/** How long a browser may reuse a preflight answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/** The CORS headers of an API answer to `origin`: none unless it is one of the allowed origins. */
export function corsHeadersFor(
  origin: string | undefined,
  allowedOrigins: ReadonlySet<string>,
  preflight: boolean,
): Record<string, string> {
  if (origin === undefined || !allowedOrigins.has(origin)) return {};
  const headers: Record<string, string> = { 'access-control-allow-origin': origin };
  if (preflight) {
    headers['access-control-allow-methods'] = CORS_ALLOWED_METHODS.join(', ');
    headers['access-control-allow-headers'] = CORS_ALLOWED_HEADERS.join(', ');
    headers['access-control-max-age'] = String(CORS_MAX_AGE_SECONDS);
  } else {
    headers['access-control-expose-headers'] = CORS_EXPOSED_HEADERS.join(', ');
  }
  return headers;
}

/**
 * CORS for the API, for the Electron shell (origin `app://console`, CONSOLE_ORIGINS): preflights of
 * an allowed origin get 204 with the methods and headers the API takes; its requests get the exact
 * origin back and may read `Idempotent-Replayed`. Other origins get no CORS headers (the browser
 * blocks them) and their preflights a 403 saying why. Every API answer varies by Origin.
 */
export function registerApiCors(app: FastifyInstance, allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(pathOf(request.url))) return;
    const origin = typeof request.headers.origin === 'string' ? request.headers.origin : undefined;
    const preflight =
      request.method === 'OPTIONS' &&
      origin !== undefined &&
      request.headers['access-control-request-method'] !== undefined;
    reply.header('vary', 'Origin');
    reply.headers(corsHeadersFor(origin, allowed, preflight));
    if (!preflight) return;
    if (!allowed.has(origin))
      return sendError(
        reply,
        'forbidden',
        `The origin ${origin} may not call this API (allowed origins: CONSOLE_ORIGINS).`,
      );
    return reply.code(204).send();
  });
}
