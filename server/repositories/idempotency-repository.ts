import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export async function findIdempotentResponse(db: Db, userId: string, key: string): Promise<StoredResponse | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response_json'])
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row && { requestHash: row.request_hash, statusCode: row.status_code, body: JSON.parse(row.response_json) };
}

export async function saveIdempotentResponse(trx: Transaction<Database>, userId: string, key: string, response: StoredResponse, at: Date): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({
      user_id: userId,
      idempotency_key: key,
      request_hash: response.requestHash,
      status_code: response.statusCode,
      response_json: JSON.stringify(response.body),
      created_at: at.toISOString(),
    })
    .execute();
}
