import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorStatus, type ErrorCode } from '../../../shared/api/errors';
import { DomainError } from '../../kernel/domain-error';
import { isDatabaseUnavailable } from '../db/database-unavailable';

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  return reply
    .code(errorStatus[code])
    .send({ error: details === undefined ? { code, message } : { code, message, details } });
}

const fastifyCodes: Record<string, [ErrorCode, string | null]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is larger than 1 MiB.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported_media_type',
    'The request body must be JSON, sent as Content-Type: application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'invalid_request',
    'The request body does not match its Content-Length.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_request', null],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_request', null],
};

/** Other 4xx Fastify or Node raise, by status; anything else is a request the API cannot read. */
const codesByStatus: Record<number, ErrorCode> = {
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
};

/** Every error leaves as `{error: {code, message}}`; unexpected ones are logged and hidden. */
export function handleHttpError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) return sendError(reply, error.code, error.message, error.details);
  const fastifyCode = 'code' in error ? fastifyCodes[String(error.code)] : undefined;
  if (fastifyCode)
    return sendError(
      reply,
      fastifyCode[0],
      fastifyCode[1] ?? `The request body is not valid JSON: ${error.message}`,
    );
  if (error instanceof SyntaxError)
    return sendError(reply, 'invalid_request', `The request body is not valid JSON: ${error.message}`);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500)
    return sendError(reply, codesByStatus[status] ?? 'invalid_request', error.message);
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '2');
    return sendError(
      reply,
      'service_unavailable',
      'The database cannot be reached right now (a restart or a failover). Try again in a few seconds; repeating the same request is safe.',
    );
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(
    reply,
    'internal_error',
    'Something went wrong on the server. The change was not saved; try again.',
  );
}
