/**
 * HTTP as a client sees it when servers die: an answer (any status), or no answer at all (the
 * connection refused or cut, or nothing within the timeout). Requests never hang a test.
 */

export type Outcome<T = unknown> =
  | { kind: 'answer'; status: number; body: T; ms: number }
  /** Refused, reset or closed before an answer: the request may or may not have been carried out. */
  | { kind: 'no_answer'; reason: string; ms: number; timedOut: boolean };

export interface FaultRequest {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function send<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  request: FaultRequest = {},
): Promise<Outcome<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const timeoutMs = request.timeoutMs ?? 15_000;
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '')
      body = JSON.parse(text);
    return { kind: 'answer', status: response.status, body: body as T, ms: performance.now() - started };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      kind: 'no_answer',
      reason: `${error instanceof Error ? error.message : String(error)}${cause}`,
      ms: performance.now() - started,
      timedOut,
    };
  }
}

/** The `error.code` of a JSON error answer, or ''. */
export const errorCode = (outcome: Outcome) =>
  outcome.kind === 'answer'
    ? ((outcome.body as { error?: { code?: string } } | undefined)?.error?.code ?? '')
    : '';

/** Whether a client should try again (elsewhere): no answer, or the server could not do it now. */
export const retriable = (outcome: Outcome) => outcome.kind === 'no_answer' || outcome.status >= 500;

/** `hold 201`, `confirm 409 slot_full`, `hold no answer`: how answers are counted in reports. */
export function outcomeLabel(op: string, outcome: Outcome): string {
  if (outcome.kind === 'no_answer') return `${op} ${outcome.timedOut ? 'timeout' : 'no answer'}`;
  const code = errorCode(outcome);
  return `${op} ${outcome.status}${code ? ` ${code}` : ''}`;
}
