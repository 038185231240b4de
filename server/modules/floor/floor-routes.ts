import {
  DayFigures,
  DayQuery,
  Floor,
  FloorOperator,
  OperatorParams,
  ReassignBody,
  ReassignmentList,
  SetOperatorStateBody,
} from '../../../shared/api/floor/floor';
import {
  HourlyQueueFigures,
  QueueLoad,
  QueueLoadList,
  QueueParams,
  SetQueueTargetBody,
} from '../../../shared/api/floor/queues';
import type { FloorService } from './floor-service';
import { defineRoute, leadRoles } from '../../platform/http/route-definition';

export const floorRoutes = (floor: FloorService) => [
  defineRoute({
    method: 'GET',
    url: '/api/floor',
    summary:
      "The live floor (leads): every active operator with state, consoles, queue, today's latest reassignment, calls, bookings (calls wrapped up as booked or rescheduled) and mean handle time today on the call center's date, and whether they are scheduled now.",
    tags: ['floor', 'leads'],
    access: leadRoles,
    responses: { 200: Floor, 403: null },
    handler: async () => ({ status: 200, body: await floor.floor() }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/floor/queues',
    summary:
      "Each queue with its operators by state now, its members' live calls today and in the last hour, its callers waiting now (how many, the longest wait, the oldest with their waits) and its routed calls' figures (leads): answered and abandoned today, service level of the last 30 minutes and of today against the queue's target, average speed of answer, handle time and abandonment today. A call's outcome is its answer or its abandonment; the service level is the share of calls whose outcome fell in the window that were answered within the queue's seconds (20 by default, exactly at the limit counting as within), abandoned calls counting as not in time; null when there is none. Practice calls never count. Live: `queues:changed` in the floor's room.",
    tags: ['floor', 'leads'],
    access: leadRoles,
    responses: { 200: QueueLoadList, 403: null },
    handler: async () => ({ status: 200, body: { items: await floor.queueLoads() } }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/floor/queues/:queueId/target',
    summary:
      "Sets a queue's service level target, a whole percent as a share from 0 to 1 (0.57 for 57 %), and optionally the seconds a call must be answered within (1–600; kept when omitted). Audited; the leads' floor is told (leads).",
    tags: ['floor', 'leads'],
    access: leadRoles,
    params: QueueParams,
    body: SetQueueTargetBody,
    responses: { 200: QueueLoad, 400: null, 403: null, 404: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await floor.setQueueTarget(actor, params.queueId, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/floor/figures/hours',
    summary:
      "The live routed calls of a call-center date (default today, America/Mexico_City), all queues together, by the hour their outcome happened: answered, abandoned and service level (each call against its queue's seconds), with the day's totals (leads).",
    tags: ['floor', 'leads'],
    access: leadRoles,
    query: DayQuery,
    responses: { 200: HourlyQueueFigures, 403: null },
    handler: async ({ query }) => ({ status: 200, body: await floor.hourlyQueueFigures(query.date) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/floor/figures',
    summary:
      "The live floor's figures of a call-center date (default today, America/Mexico_City): calls, ended calls, bookings, mean handle time, every wrap-up code, and calls and bookings per hour (leads). Practice calls are not counted.",
    tags: ['floor', 'leads'],
    access: leadRoles,
    query: DayQuery,
    responses: { 200: DayFigures, 403: null },
    handler: async ({ query }) => ({ status: 200, body: await floor.dayFigures(query.date) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/floor/reassignments',
    summary:
      "Moves operators to a queue (leads): `now` at once, `after_call` when the call in progress ends (at once for those off the phone). A newer move supersedes one still waiting. The operators' consoles are told.",
    tags: ['floor', 'leads'],
    access: leadRoles,
    body: ReassignBody,
    responses: { 200: ReassignmentList, 400: null, 403: null, 404: null },
    handler: async ({ actor, body }) => ({ status: 200, body: { items: await floor.reassign(actor, body) } }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/floor/operators/:userId/state',
    summary:
      'Puts an operator on break or offline, or back to available (leads). During a call, break or offline starts when the call ends and available cancels that. Available needs a console open.',
    tags: ['floor', 'leads'],
    access: leadRoles,
    params: OperatorParams,
    body: SetOperatorStateBody,
    responses: { 200: FloorOperator, 400: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await floor.setOperatorState(actor, params.userId, body),
    }),
  }),
];
