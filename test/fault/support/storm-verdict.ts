/**
 * What the clients were told against what the database holds after a fault: nothing over
 * capacity, nothing twice, nothing confirmed lost, and nothing booked that no client was told of.
 */
import type { StormRecord } from './booking-storm';
import type { FaultDb } from './fault-db';

export interface StormVerdict {
  violations: string[];
  acknowledged: number;
  cancelled: number;
  bookedInDb: number;
}

export async function judgeStorm(
  db: FaultDb,
  record: StormRecord,
  slotIds: readonly string[],
): Promise<StormVerdict> {
  const violations = await db.violations();
  const statuses = await db.appointmentStatuses();
  const stored = await db.idempotentAppointments();

  for (const [id, ack] of record.acknowledged) {
    const row = statuses.get(id);
    const expected = record.cancelled.has(id) ? 'cancelled' : 'booked';
    if (!row)
      violations.push(
        `lost: appointment ${id} (${ack.confirmationCode}, answered ${ack.status}) is not in the database`,
      );
    else if (row.status !== expected)
      violations.push(
        `lost: appointment ${id} (${ack.confirmationCode}) is ${row.status}, the client was told ${expected}`,
      );
    else if (row.code !== ack.confirmationCode)
      violations.push(
        `appointment ${id}: the client got code ${ack.confirmationCode}, the database has ${row.code}`,
      );
  }
  const codes = new Map<string, string>();
  for (const ack of record.acknowledged.values()) {
    const other = codes.get(ack.confirmationCode);
    if (other && other !== ack.appointmentId)
      violations.push(`duplicate: code ${ack.confirmationCode} given for ${other} and ${ack.appointmentId}`);
    codes.set(ack.confirmationCode, ack.appointmentId);
  }
  const keysById = new Map<string, string>();
  for (const [key, ids] of record.idsByKey) {
    if (ids.size > 1)
      violations.push(
        `idempotency: key ${key} answered with ${ids.size} appointments (${[...ids].join(', ')})`,
      );
    const id = [...ids][0] as string;
    if (stored.get(key) !== id)
      violations.push(
        `idempotency: key ${key} was answered ${id}, the database stored ${stored.get(key) ?? 'nothing'}`,
      );
  }
  for (const [key, id] of stored) {
    const other = keysById.get(id);
    if (other) violations.push(`idempotency: appointment ${id} stored under two keys (${other}, ${key})`);
    keysById.set(id, key);
  }
  // Every booking in the database came from a confirm some client got an answer to (confirms are
  // retried to a definite answer); one nobody heard of would be a seat sold in silence.
  const stormSlots = new Set(slotIds);
  let bookedInDb = 0;
  for (const [id, row] of statuses) {
    if (!stormSlots.has(row.slotId) || row.status !== 'booked') continue;
    bookedInDb++;
    if (!record.acknowledged.has(id) && record.unresolved.length === 0)
      violations.push(`unacknowledged: appointment ${id} (${row.code}) is booked but no client was told`);
  }
  return { violations, acknowledged: record.acknowledged.size, cancelled: record.cancelled.size, bookedInDb };
}
