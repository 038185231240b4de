import { appendAudit } from '../../platform/audit/audit-log';
import { systemActor } from '../../kernel/actor';
import type { WaitlistDeps } from './waitlist-deps';
import { findEndedEntries, transitionEntry } from './waitlist-repository';

/**
 * Waiting entries whose range has ended at every consulate they name become `expired`. Safe on
 * every instance at once: each entry moves with a conditional update, so it expires (and is
 * audited) once. Returns how many it expired.
 */
export async function expireEndedEntries(deps: WaitlistDeps, batchSize = 500): Promise<number> {
  const now = deps.clock();
  return deps.transact(async (trx) => {
    let expired = 0;
    for (const entry of await findEndedEntries(trx, now.toISOString(), batchSize)) {
      if (
        !(await transitionEntry(trx, entry.id, 'waiting', { status: 'expired', ended_at: now.toISOString() }))
      )
        continue;
      expired++;
      await appendAudit(
        trx,
        now,
        { ...systemActor, sandbox: entry.sandbox, callId: entry.call_id },
        'waitlist.expired',
        { type: 'waitlist_entry', id: entry.id },
        { to: entry.to_date, endsAt: entry.ends_at },
      );
    }
    return expired;
  });
}

/** Sweeps every `intervalMs` until stopped; one sweep at a time. */
export function startWaitlistSweeper(
  deps: WaitlistDeps,
  intervalMs: number,
  onError: (error: unknown) => void,
) {
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    expireEndedEntries(deps)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  sweep();
  return { stop: () => clearInterval(timer) };
}
