import type { Transaction } from 'kysely';
import type { Database, RoutedCallsTable } from '../../platform/db/schema';

/** The provider of the scripted callers: with the run's id, one call per practice run. */
export const PRACTICE_PROVIDER = 'practice';

/**
 * A scripted caller an earlier run left ringing or waiting in this sandbox hangs up: the new run's
 * caller is the only one. Its open offer, if any, is withdrawn with it.
 */
export async function hangUpWaitingPracticeCallers(
  trx: Transaction<Database>,
  sandbox: string,
  now: string,
): Promise<void> {
  const waiting = await trx
    .selectFrom('routed_calls')
    .select('id')
    .where('sandbox', '=', sandbox)
    .where('provider', '=', PRACTICE_PROVIDER)
    .where('status', 'in', ['waiting', 'offered'])
    .execute();
  const ids = waiting.map((r) => r.id);
  if (ids.length === 0) return;
  await trx
    .updateTable('call_offers')
    .set({ status: 'withdrawn', closed_at: now })
    .where('call_id', 'in', ids)
    .where('status', '=', 'open')
    .execute();
  await trx
    .updateTable('routed_calls')
    .set({ status: 'abandoned', ended_at: now, ended_by: 'caller' })
    .where('id', 'in', ids)
    .where('status', 'in', ['waiting', 'offered'])
    .execute();
}

/**
 * The queue a practice caller is filed under (it only labels the call: the caller goes to its
 * trainee alone, and queue figures count the live sandbox only): the user's queue, else the first.
 */
export async function practiceQueueOf(trx: Transaction<Database>, userId: string): Promise<string | null> {
  const member = await trx
    .selectFrom('queue_members')
    .select('queue_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (member) return member.queue_id;
  const first = await trx
    .selectFrom('queues')
    .select('id')
    .orderBy('sort_order')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return first?.id ?? null;
}

export async function insertPracticeCaller(trx: Transaction<Database>, row: RoutedCallsTable): Promise<void> {
  await trx.insertInto('routed_calls').values(row).execute();
}
