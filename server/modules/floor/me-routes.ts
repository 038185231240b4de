import { MyStatus, SetMyStateBody } from '../../../shared/api/floor/floor';
import { isPractice, type Actor } from '../../kernel/actor';
import type { FloorService } from './floor-service';
import { callTakingRoles, defineRoute } from '../../platform/http/route-definition';

/**
 * An operator's or lead's console in practice mode is shown their one state, but never the live
 * call in it: a sandbox reads no live record (a trainee's calls are all practice ones).
 */
const asSeenBy = (actor: Actor, status: MyStatus): MyStatus =>
  isPractice(actor.sandbox) && actor.role !== 'trainee' ? { ...status, callId: null } : status;

export const meRoutes = (floor: FloorService) => [
  defineRoute({
    method: 'GET',
    url: '/api/me/status',
    summary:
      'Your state, queue and the move a lead made that you have not acknowledged yet, as every console of yours shows it.',
    tags: ['floor'],
    access: callTakingRoles,
    responses: { 200: MyStatus, 403: null },
    handler: async ({ actor }) => ({
      status: 200,
      body: asSeenBy(actor, await floor.myStatus(actor.userId)),
    }),
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
    handler: async ({ actor, body }) => ({
      status: 200,
      body: asSeenBy(actor, await floor.setMyState(actor, body)),
    }),
  }),
];
