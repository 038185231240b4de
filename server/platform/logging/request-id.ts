import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What an incoming X-Request-Id may be to be kept: a proxy's or a client's id, never free text. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** The id of a request: the caller's X-Request-Id when it is sane (bounded, plain characters), else a new one. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
