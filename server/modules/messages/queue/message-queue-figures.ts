import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';

/** The longest a queued row's next attempt can lie ahead: a retry's backoff (at most 15 minutes). */
const LONGEST_RETRY_MS = 15 * 60_000;

export interface MessageQueueFigures {
  channel: 'email' | 'sms';
  /** Messages due and not sent yet: waiting their turn, leased right now, or retrying. */
  depth: number;
  /** Since the oldest of them was due (0: none). */
  oldestAgeSeconds: number;
}

/**
 * What waits to be sent, by channel (metrics). A reminder not due yet is not waiting. Read through
 * the worker's own index (status, next_attempt_at): only rows whose next attempt is at most a
 * retry's backoff or a lease ahead, never the weeks of reminders queued for later.
 */
export async function readMessageQueueFigures(
  db: Kysely<Database>,
  now: Date,
  leaseMs: number,
): Promise<MessageQueueFigures[]> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select((eb) => ['channel', eb.fn.countAll<number>().as('depth'), eb.fn.min('not_before').as('oldest')])
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', new Date(now.getTime() + LONGEST_RETRY_MS + leaseMs).toISOString())
    .where('not_before', '<=', now.toISOString())
    .groupBy('channel')
    .execute();
  const byChannel = new Map(rows.map((r) => [r.channel, r]));
  return (['email', 'sms'] as const).map((channel) => {
    const row = byChannel.get(channel);
    const oldest = row?.oldest ? Date.parse(String(row.oldest)) : now.getTime();
    return {
      channel,
      depth: Number(row?.depth ?? 0),
      oldestAgeSeconds: Math.max(0, (now.getTime() - oldest) / 1000),
    };
  });
}
