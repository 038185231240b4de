import { appendAudit } from '../audit/audit-log';
import { moveSeat, type SeatCounts } from '../repositories/seat-ledger';
import { findExpiredHolds } from '../repositories/reservation-repository';
import { systemActor } from './actor';
import type { BookingDeps } from './engine-deps';

/** Expires holds whose time ran out and frees their seats; returns how many it expired. */
export async function sweepExpiredHolds(deps: BookingDeps, batchSize = 500): Promise<number> {
  const now = deps.clock();
  const bySandbox = new Map<string, SeatCounts[]>();
  const expired = await deps.db.transaction().execute(async (trx) => {
    const holds = await findExpiredHolds(trx, now.toISOString(), batchSize);
    for (const hold of holds) {
      await trx.updateTable('reservations').set({ status: 'expired', ended_at: now.toISOString() }).where('id', '=', hold.id).where('status', '=', 'held').execute();
      const seat = await moveSeat(trx, hold.sandbox, hold.slot_id, 'releaseHold');
      if (seat) bySandbox.set(hold.sandbox, [...(bySandbox.get(hold.sandbox) ?? []), seat]);
      await appendAudit(trx, now, { ...systemActor, sandbox: hold.sandbox, callId: hold.call_id }, 'hold.expired', { type: 'hold', id: hold.id }, { slotId: hold.slot_id, heldBy: hold.held_by, expiresAt: hold.expires_at });
    }
    return holds.length;
  });
  for (const [sandbox, seats] of bySandbox) deps.slotChanges.publish(sandbox, seats);
  return expired;
}

/** Sweeps every `intervalMs` until stopped; one sweep at a time. */
export function startHoldSweeper(deps: BookingDeps, intervalMs: number, onError: (error: unknown) => void) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepExpiredHolds(deps)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
