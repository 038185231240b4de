import { sql, type Kysely, type Transaction } from 'kysely';
import { locksRowsRead } from '../../platform/db/row-locks';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export async function findIdempotentResponse(
  db: Db,
  userId: string,
  key: string,
): Promise<StoredResponse | undefined> {
  // Two requests with one key at once: on PostgreSQL the second waits here for the first to commit
  // and then replays its answer (SQLite's single writer gives the same order). The key's row does
  // not exist yet, so the lock is an advisory one on the key, held until the transaction ends.
  if (locksRowsRead(db))
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${userId}\n${key}`}, 0))`.execute(db);
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response_json'])
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return (
    row && { requestHash: row.request_hash, statusCode: row.status_code, body: JSON.parse(row.response_json) }
  );
}

export async function saveIdempotentResponse(
  trx: Transaction<Database>,
  userId: string,
  key: string,
  response: StoredResponse,
  at: Date,
): Promise<void> {
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
