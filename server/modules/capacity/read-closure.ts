import type { DayClosure } from '../../../shared/api/capacity';
import { notFound } from '../../kernel/domain-error';
import { findConsulate } from '../reference';
import type { CapacityDeps } from './capacity-deps';
import { bookedAppointmentsOn, findClosure, liveHoldsAtClosure } from './closure-repository';

/** A closed day with its appointments still booked on it now (those not yet rebooked). */
export async function readClosure(
  deps: CapacityDeps,
  consulateId: string,
  date: string,
): Promise<DayClosure> {
  const { db } = deps;
  if (!(await findConsulate(db, consulateId))) throw notFound(`Consulate ${consulateId}`);
  const row = await findClosure(db, consulateId, date);
  if (!row) throw notFound(`A closure of ${consulateId} on ${date} (the day is open)`);
  return {
    consulateId,
    date,
    // A lead's closure has one reason in both columns; a holiday reads in the console's default language.
    reason: row.reason_es,
    closedBy: row.closed_by,
    closedAt: row.closed_at,
    liveHolds: await liveHoldsAtClosure(db, consulateId, date),
    appointments: await bookedAppointmentsOn(db, consulateId, date),
  };
}
