import type { ErrorCode } from '../../../shared/api/errors';

/**
 * A failed request: `code` is the API's stable error code, `network` when the server was not reached,
 * `bad_response` when its answer was not the contract's, `unrecognized` for an error code this
 * console does not know (a newer server; `details` then holds `{code, details}` as sent).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network' | 'bad_response' | 'unrecognized',
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A retry may succeed: the server was not reached, or answered 5xx/429. */
  get retryable(): boolean {
    return this.code === 'network' || this.status >= 500 || this.status === 429;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
