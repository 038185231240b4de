import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorStatus, type ErrorCode } from '../../../shared/api/errors';
import { sendError } from './http-error';
import { setApiHeaders } from './security-headers';

/**
 * Errors Fastify's router raises before any route runs (a path part longer than it reads, a URL
 * that does not decode), in the contract's shape instead of Fastify's own.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  setApiHeaders(reply);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(reply, 'uri_too_long', 'A part of the URL is longer than this API reads.');
  if (error.code === 'FST_ERR_BAD_URL')
    return sendError(reply, 'invalid_request', 'The URL has a malformed percent-encoding.');
  return sendError(reply, 'invalid_request', 'The request could not be read.');
}

/** A request line this long is what made the request too large (Node reads 16 KiB of request line and headers). */
const URL_TOO_LONG_BYTES = 8 * 1024;

/** What Node's parser refused, by its error code: the code and message of the contract. */
function describeClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): [ErrorCode, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return ['request_timeout', 'The request (its headers or body) did not arrive in time.'];
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Most of what overflowed is the request line: it is the URL that is too long.
    const raw = error.rawPacket ?? Buffer.alloc(0);
    const lineEnd = raw.indexOf('\r\n');
    return (lineEnd === -1 ? raw.length : lineEnd) > URL_TOO_LONG_BYTES
      ? ['uri_too_long', 'The URL is longer than this server reads.']
      : ['headers_too_large', 'The request headers are larger than this server reads.'];
  }
  if (error.code === 'HPE_URI_TOO_LONG') return ['uri_too_long', 'The URL is longer than this server reads.'];
  return ['invalid_request', 'The request is not valid HTTP.'];
}

/**
 * Node answers what its HTTP parser refuses (headers or a URL too large, a malformed request, a
 * request that timed out) before Fastify sees it: this writes the contract's shape on the raw
 * socket, with the API's headers, and closes the connection.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message] = describeClientError(error);
  const status = errorStatus[code];
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
      body,
    () => socket.destroy(),
  );
}
