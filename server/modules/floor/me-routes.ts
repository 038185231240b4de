import { MyStatus, SetMyStateBody } from '../../../shared/api/floor/floor';
import type { FloorService } from './floor-service';
import { callTakingRoles, defineRoute } from '../../platform/http/route-definition';

export const meRoutes = (floor: FloorService) => [
  defineRoute({
    method: 'GET',
    url: '/api/me/status',
    summary:
      'Your state, queue and the move a lead made that you have not acknowledged yet, as every console of yours shows it.',
    tags: ['floor'],
    access: callTakingRoles,
    responses: { 200: MyStatus, 403: null },
    handler: async ({ user }) => ({ status: 200, body: await floor.myStatus(user.id) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/me/status',
    summary:
      'Sets your own state: `wrap_up` when the call is wrapped up (only during a call), `available` (not during a call: end it first), `break` (during a call: starts when the call ends). 409 state_not_allowed says why not.',
    tags: ['floor'],
    access: callTakingRoles,
    body: SetMyStateBody,
    responses: { 200: MyStatus, 403: null, 409: null },
    handler: async ({ actor, body }) => ({ status: 200, body: await floor.setMyState(actor, body) }),
  }),
];
