import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { findProcedure } from '../repositories/procedure-repository';
import { DomainError, notFound } from './domain-error';

/**
 * Some procedures follow another (birth registration follows its document review): the applicant
 * must hold a booking of the prerequisite that starts before this slot. Checked at hold and again
 * at confirm, since the review may have been cancelled or moved while the seat was held.
 */
export async function checkPrerequisite(trx: Transaction<Database>, sandbox: string, applicantId: string, procedureId: string, slotStart: string): Promise<void> {
  const procedure = await findProcedure(trx, procedureId);
  if (!procedure) throw notFound('That procedure');
  const required = procedure.requires_procedure_id;
  if (!required) return;
  const earlier = await trx
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select('r.id')
    .where('r.sandbox', '=', sandbox)
    .where('r.applicant_id', '=', applicantId)
    .where('r.procedure_id', '=', required)
    .where('r.status', '=', 'booked')
    .where('s.start_at', '<', slotStart)
    .executeTakeFirst();
  if (!earlier) {
    throw new DomainError('prerequisite_missing', `This procedure can only follow a booked ${required} visit on an earlier date. Book that visit first.`);
  }
}
