import type { WaitlistEntry } from '../../../shared/api/waitlist';
import type { OfferedSlotRow, WaitlistEntryWithConsulates } from './waitlist-repository';

/** An entry in the contract's shape; `offeredSlot` and `holdId` only while the seat is offered. */
export function presentEntry(
  row: WaitlistEntryWithConsulates,
  offered: ReadonlyMap<string, OfferedSlotRow>,
): WaitlistEntry {
  const isOffered = row.status === 'offered' && row.hold_id !== null;
  const slot = isOffered ? offered.get(row.hold_id as string) : undefined;
  return {
    id: row.id,
    applicantId: row.applicant_id,
    procedureId: row.procedure_id,
    consulateIds: row.consulate_ids,
    from: row.from_date,
    to: row.to_date,
    status: row.status,
    createdAt: row.created_at,
    holdId: isOffered ? row.hold_id : null,
    offerExpiresAt: isOffered ? row.offer_expires_at : null,
    offeredSlot: slot
      ? {
          slotId: slot.slot_id,
          consulateId: slot.consulate_id,
          start: slot.start_at,
          localStart: slot.local_start,
        }
      : null,
    appointmentId: row.appointment_id,
  };
}
