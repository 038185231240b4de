import { scrubText } from './personal-data-filter';

export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  statusCode?: number;
  stack?: string;
  cause?: LoggedError;
}

/**
 * An error as the log keeps it: its class, code, message and stack, scrubbed of CURPs, e-mails and
 * phone numbers. Nothing else of it is written: a driver's extra fields (PostgreSQL's `detail`,
 * `where`, a query's `parameters`) may hold the values of the row that failed.
 */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubText(String(error)) };
  const fields = error as Error & { code?: unknown; statusCode?: unknown; cause?: unknown };
  return {
    type: error.constructor?.name ?? 'Error',
    message: scrubText(error.message),
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.statusCode === 'number' ? { statusCode: fields.statusCode } : {}),
    ...(error.stack ? { stack: scrubText(error.stack) } : {}),
    ...(fields.cause !== undefined && depth < 2 ? { cause: serializeError(fields.cause, depth + 1) } : {}),
  };
}
