import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { findIdempotentResponse, saveIdempotentResponse } from './idempotency-repository';
import { DomainError } from '../../kernel/domain-error';

export interface IdempotentResult<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

export const requestHash = (operation: string, body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([operation, body]))
    .digest('hex');

/**
 * Runs `perform` once per (user, key) inside the caller's transaction: the same key and body
 * again returns the stored answer; the same key with another body is refused.
 */
export async function runOncePerKey<T>(
  trx: Transaction<Database>,
  request: { userId: string; key: string; hash: string; at: Date; statusCode: number },
  perform: () => Promise<T>,
): Promise<IdempotentResult<T>> {
  const stored = await findIdempotentResponse(trx, request.userId, request.key);
  if (stored) {
    if (stored.requestHash !== request.hash) {
      throw new DomainError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Use a new key for a new attempt.',
      );
    }
    return { statusCode: stored.statusCode, body: stored.body as T, replayed: true };
  }
  const body = await perform();
  await saveIdempotentResponse(
    trx,
    request.userId,
    request.key,
    { requestHash: request.hash, statusCode: request.statusCode, body },
    request.at,
  );
  return { statusCode: request.statusCode, body, replayed: false };
}
