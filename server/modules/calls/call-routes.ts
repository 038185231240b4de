import { Call, CallParams, EndCallBody, StartCallBody } from '../../../shared/api/calls';
import type { CallService } from './call-service';
import { callTakingRoles, defineRoute } from '../../platform/http/route-definition';

export const callRoutes = (calls: CallService) => [
  defineRoute({
    method: 'POST',
    url: '/api/calls',
    summary:
      "Starts a call (the phone rang) at the server's clock. Send its id as X-Call-Id with the call's requests.",
    tags: ['calls'],
    access: callTakingRoles,
    body: StartCallBody,
    responses: { 201: Call, 403: null },
    handler: async ({ actor }) => ({ status: 201, body: await calls.startCall(actor) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/calls/:id/end',
    summary:
      'Ends your call with a wrap-up code; `booked` and `rescheduled` need the appointmentId. A call ends once.',
    tags: ['calls'],
    access: callTakingRoles,
    params: CallParams,
    body: EndCallBody,
    responses: { 200: Call, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await calls.endCall(actor, params.id, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calls/:id',
    summary: 'One call: your own, or any call for a lead.',
    tags: ['calls'],
    access: callTakingRoles,
    params: CallParams,
    responses: { 200: Call, 403: null, 404: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await calls.readCall(actor, params.id) }),
  }),
];
