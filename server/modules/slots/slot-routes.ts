import { z } from 'zod';
import { Id } from '../../../shared/api/common';
import { Slot, SlotList, SlotListQuery, UpdateSlotBody } from '../../../shared/api/slots';
import { bookableFrom } from '../booking/bookable-slot';
import { notFound } from '../../kernel/domain-error';
import { presentBookableSlot } from '../booking/presenters';
import { findConsulate } from '../reference/consulate-repository';
import { findProcedure } from '../reference/procedure-repository';
import { listSlots } from './slot-repository';
import type { AppServices } from '../../platform/http/app-services';
import { allRoles, defineRoute, leadRoles } from '../../platform/http/route-definition';

export const slotRoutes = (s: AppServices) => [
  defineRoute({
    method: 'GET',
    url: '/api/slots',
    summary: 'Slots of a consulate for local dates from..to (at most 62 days), ordered by start, with seats available (none on a slot that has started or starts within the consulate\'s lead time).',
    tags: ['slots'],
    access: allRoles,
    query: SlotListQuery,
    responses: { 200: SlotList, 404: null },
    handler: async ({ actor, query }) => {
      const consulate = await findConsulate(s.db, query.consulateId);
      if (!consulate) throw notFound(`Consulate ${query.consulateId}`);
      if (query.procedureId && !(await findProcedure(s.db, query.procedureId))) throw notFound(`Procedure ${query.procedureId}`);
      // Read the sequence first: a change racing this read is then replayed, never lost.
      const seq = await s.slotSequence.current(actor.sandbox, query.consulateId);
      const slots = await listSlots(s.db, actor.sandbox, query.consulateId, query.from, query.to);
      // Started slots, and those inside the consulate's lead time, are shown with no seat.
      const from = bookableFrom(s.clock(), Number(consulate.min_lead_minutes)).toISOString();
      return { status: 200, body: { items: slots.map((slot) => presentBookableSlot(slot, from)), seq } };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/slots/:id',
    summary: 'Changes the seats of a slot (leads). Never below the seats already held and booked.',
    tags: ['slots', 'leads'],
    access: leadRoles,
    params: z.object({ id: Id }),
    body: UpdateSlotBody,
    responses: { 200: Slot, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({ status: 200, body: await s.booking.setSlotCapacity(actor, params.id, body.capacity) }),
  }),
];
