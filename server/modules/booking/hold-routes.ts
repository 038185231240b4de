import { z } from 'zod';
import { Id } from '../../../shared/api/common';
import { CreateHoldBody, Hold } from '../../../shared/api/booking/holds';
import type { BookingEngine } from './booking-engine';
import { allRoles, defineRoute } from '../../platform/http/route-definition';

const HoldParams = z.object({ id: Id });

export const holdRoutes = (booking: BookingEngine) => [
  defineRoute({
    method: 'POST',
    url: '/api/holds',
    summary: 'Holds a seat for an applicant and procedure until `expiresAt` (HOLD_TTL_SECONDS).',
    tags: ['holds'],
    access: allRoles,
    body: CreateHoldBody,
    responses: { 201: Hold, 404: null, 409: null, 429: null },
    handler: async ({ actor, body }) => ({ status: 201, body: await booking.createHold(actor, body) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/holds/:id/extend',
    summary:
      'Gives the caller more time: the hold lasts HOLD_TTL_SECONDS from now, within its maximum lifetime.',
    tags: ['holds'],
    access: allRoles,
    params: HoldParams,
    responses: { 200: Hold, 404: null, 409: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await booking.extendHold(actor, params.id) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/holds/:id',
    summary: 'Releases a hold; the seat is free again at once.',
    tags: ['holds'],
    access: allRoles,
    params: HoldParams,
    responses: { 204: null, 404: null },
    handler: async ({ actor, params }) => {
      await booking.releaseHold(actor, params.id);
      return { status: 204 };
    },
  }),
];
