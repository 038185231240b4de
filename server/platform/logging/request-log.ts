import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** What a route adds to its request's line: who asked and which call it concerns. Ids only. */
export interface RequestLogFields {
  userId?: string;
  callId?: string;
  /** A refusal's code (`invalid_request`, `offer_expired`…), never its message: messages may echo input. */
  errorCode?: string;
}

const boundTo = new WeakMap<FastifyRequest, RequestLogFields>();

/**
 * Adds ids to the line the request is logged with when it completes (`userId` once authenticated,
 * `callId` when it concerns a call), and to the lines logged while it runs. A field already bound
 * keeps its first value (a line never names two calls).
 */
export function addRequestLogFields(reply: FastifyReply, fields: RequestLogFields): void {
  const bound = boundTo.get(reply.request) ?? {};
  const added = Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => value != null && !(key in bound)),
  );
  if (Object.keys(added).length === 0) return;
  boundTo.set(reply.request, { ...bound, ...added });
  reply.request.log = reply.request.log.child(added);
  reply.log = reply.request.log;
}

const ERROR_CODE = /^\{"error":\{"code":"([a-z_]{1,40})"/;

/** The code of an error answer in the contract's shape (`{"error":{"code":…}}`), for the request's line. */
export function noteErrorCode(reply: FastifyReply, payload: unknown): void {
  if (reply.statusCode < 400 || typeof payload !== 'string') return;
  const code = ERROR_CODE.exec(payload)?.[1];
  if (code) addRequestLogFields(reply, { errorCode: code });
}

/** The route template (`/api/applicants/:id`), never the URL: URLs carry search terms. */
export function routeTemplateOf(request: FastifyRequest, status: number): string {
  const url = request.routeOptions.url;
  // The not-found handler answers under `/*`: that is no route of the API.
  return request.is404 || !url || (url === '/*' && status === 404) ? '(no route)' : url;
}

/**
 * One line per request when it completes — method, route template, status, duration, and the
 * bindings reqId, userId and callId — and nothing when it arrives. 5xx are `error` (a 503 answered
 * without an error, such as readiness while draining, `warn`), 4xx `info`: a refused
 * input is the client's, not a failure. No URL, query, body or header is written.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: false, requestIdLogLabel: 'reqId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      route: routeTemplateOf(request, status),
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(error ? { err: error } : {}),
    };
    if (error || (status >= 500 && status !== 503)) request.log.error(line, 'request completed');
    // A 503 without an error is an answer (readiness while draining or not ready yet), not a failure.
    else if (status === 503) request.log.warn(line, 'request completed');
    else request.log.info(line, 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ method: request.method }, 'route not found');
  }
}
