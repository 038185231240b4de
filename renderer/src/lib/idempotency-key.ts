/** A fresh Idempotency-Key for one booking attempt; its automatic retries reuse it. */
export const newIdempotencyKey = (prefix: string): string => `${prefix}:${crypto.randomUUID()}`;
