import { z } from 'zod';
import { ErrorBody } from '../../../shared/api/errors';
import { PRACTICE_HEADER } from '../../../shared/api/practice';
import type { Locale } from '../i18n/locales';
import { ApiError } from './api-error';

export type RequestContext = {
  baseUrl: string;
  token: string | null;
  /** The live call, sent as X-Call-Id so the audit ties every change to the call. */
  callId: string | null;
  /** Practice mode: every request acts on the user's practice sandbox (the x-practice-mode header). */
  practice?: boolean;
  /** The console's language, sent as Accept-Language (the console words errors itself, by code). */
  locale?: Locale;
};

export type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  schema: z.ZodType<T> | null;
  signal?: AbortSignal;
  /** Lets the request outlive the page (releasing a hold while the console closes). */
  keepalive?: boolean;
};

/**
 * One way to call the API: token and call id attached, the answer parsed with the shared zod
 * schema, every failure an ApiError with the API's stable code.
 */
export async function request<T>(ctx: RequestContext, path: string, options: RequestOptions<T>): Promise<T> {
  const url = new URL(ctx.baseUrl + path);
  for (const [key, value] of Object.entries(options.query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
  if (ctx.callId) headers['x-call-id'] = ctx.callId;
  if (ctx.practice) headers[PRACTICE_HEADER] = 'on';
  if (ctx.locale) headers['accept-language'] = ctx.locale;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'network error');
  }
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    if (parsed.success)
      throw new ApiError(
        parsed.data.error.code,
        response.status,
        parsed.data.error.message,
        parsed.data.error.details,
      );
    // A code this console does not know yet (a newer server): still an error the operator can read.
    const unknown = UnrecognizedErrorBody.safeParse(json);
    if (unknown.success)
      throw new ApiError('unrecognized', response.status, unknown.data.error.message, {
        code: unknown.data.error.code,
        details: unknown.data.error.details,
      });
    throw new ApiError(
      response.status >= 500 ? 'internal_error' : 'bad_response',
      response.status,
      `HTTP ${response.status}`,
    );
  }
  if (options.schema === null) return undefined as T;
  const parsed = options.schema.safeParse(json);
  if (!parsed.success)
    throw new ApiError(
      'bad_response',
      response.status,
      `unexpected answer from ${path}`,
      parsed.error.issues,
    );
  return parsed.data;
}

const UnrecognizedErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
