import type { Transaction } from 'kysely';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database, ReservationRow } from '../../platform/db/schema';
import { moveSeat, type SeatCounts } from '../slots';
import { findExpiredHolds } from './reservation-repository';
import { systemActor } from '../../kernel/actor';
import type { BookingDeps } from './booking-deps';
import { transitionReservation } from './reservation-transition';

/**
 * Marks overdue holds expired and frees their seats in the caller's transaction. Used by the
 * sweeper, and by a new hold whose way they stand in, so that correctness never waits for a sweep.
 */
export async function expireHolds(
  trx: Transaction<Database>,
  holds: readonly ReservationRow[],
  now: Date,
): Promise<{ sandbox: string; seat: SeatCounts }[]> {
  const freed: { sandbox: string; seat: SeatCounts }[] = [];
  for (const hold of holds) {
    await transitionReservation(trx, hold.id, 'held', { status: 'expired', ended_at: now.toISOString() });
    const seat = await moveSeat(trx, hold.sandbox, hold.slot_id, 'releaseHold');
    if (seat) freed.push({ sandbox: hold.sandbox, seat });
    await appendAudit(
      trx,
      now,
      { ...systemActor, sandbox: hold.sandbox, callId: hold.call_id },
      'hold.expired',
      { type: 'hold', id: hold.id },
      { slotId: hold.slot_id, heldBy: hold.held_by, expiresAt: hold.expires_at },
    );
  }
  return freed;
}

/** Records freed seats in the outbox, in the transaction that freed them, one call per sandbox. */
export async function recordFreed(
  trx: Transaction<Database>,
  deps: BookingDeps,
  freed: readonly { sandbox: string; seat: SeatCounts }[],
) {
  const bySandbox = new Map<string, SeatCounts[]>();
  for (const { sandbox, seat } of freed) bySandbox.set(sandbox, [...(bySandbox.get(sandbox) ?? []), seat]);
  for (const [sandbox, seats] of bySandbox) await deps.slotChanges.record(trx, sandbox, seats);
}

/** Expires holds whose time ran out and frees their seats; returns how many it expired. */
export async function sweepExpiredHolds(deps: BookingDeps, batchSize = 500): Promise<number> {
  const now = deps.clock();
  return deps.transact(async (trx) => {
    const holds = await findExpiredHolds(trx, now.toISOString(), batchSize);
    await recordFreed(trx, deps, await expireHolds(trx, holds, now));
    return holds.length;
  });
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
