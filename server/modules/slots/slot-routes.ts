import { z } from 'zod';
import { Id } from '../../../shared/api/common';
import { Slot, SlotList, SlotListQuery, UpdateSlotBody } from '../../../shared/api/slots';
import { allRoles, defineRoute, leadRoles } from '../../platform/http/route-definition';
import type { SlotService } from './slot-service';

export const slotRoutes = (slots: SlotService) => [
  defineRoute({
    method: 'GET',
    url: '/api/slots',
    summary:
      "Slots of a consulate for local dates from..to (at most 62 days), ordered by start, with seats available (none on a slot that has started or starts within the consulate's lead time).",
    tags: ['slots'],
    access: allRoles,
    query: SlotListQuery,
    responses: { 200: SlotList, 404: null },
    handler: async ({ actor, query }) => ({ status: 200, body: await slots.listSlots(actor, query) }),
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
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await slots.setSlotCapacity(actor, params.id, body.capacity),
    }),
  }),
];
