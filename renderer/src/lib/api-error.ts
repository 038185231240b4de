import type { ErrorCode } from '../../../shared/api/errors';

/** A failed request: `code` is the API's stable error code, or `network` when the server was not reached. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network' | 'bad_response',
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
