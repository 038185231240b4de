import type { SlotListQuery } from '../../../shared/api/slots';
import type { Actor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { findConsulate, findProcedure } from '../reference';
import { currentSlotSeq } from './outbox/slot-event-store';
import { bookableFrom, presentBookableSlot } from './present-slot';
import type { SlotDeps } from './slot-deps';
import { listSlots as listSlotRows } from './slot-repository';

/**
 * A consulate's slots for local dates `from`..`to` with the outbox number they include. Started
 * slots, and those inside the consulate's lead time, are shown with no seat.
 */
export async function listSlots(deps: Pick<SlotDeps, 'db' | 'clock'>, actor: Actor, query: SlotListQuery) {
  const consulate = await findConsulate(deps.db, query.consulateId);
  if (!consulate) throw notFound(`Consulate ${query.consulateId}`);
  if (query.procedureId && !(await findProcedure(deps.db, query.procedureId)))
    throw notFound(`Procedure ${query.procedureId}`);
  // Read the sequence first: a change racing this read is then replayed, never lost.
  const seq = await currentSlotSeq(deps.db, actor.sandbox, query.consulateId);
  const slots = await listSlotRows(deps.db, actor.sandbox, query.consulateId, query.from, query.to);
  const from = bookableFrom(deps.clock(), Number(consulate.min_lead_minutes)).toISOString();
  return { items: slots.map((slot) => presentBookableSlot(slot, from)), seq };
}
