/**
 * Errors that mean "the database is not there right now" rather than "this request is wrong":
 * PostgreSQL restarting or failing over (connection exceptions, class 08; admin or crash shutdown,
 * 57P01/57P02; cannot connect now, 57P03), a connection the server dropped or refused, the pool
 * giving up waiting for one, SQLite's lock still held after its busy timeout. Such a request is
 * answered 503 with Retry-After: trying again shortly can succeed.
 */
const CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'SQLITE_BUSY',
]);
const MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /connection .*(closed|ended)/i,
  /the database system is (starting up|shutting down)/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  if (CODES.has(code) || code.startsWith('08')) return true;
  const message = error instanceof Error ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}
