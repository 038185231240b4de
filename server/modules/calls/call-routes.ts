import { Call, CallParams, EndCallBody, StartCallBody } from '../../../shared/api/calls';
import type { CallService } from './call-service';
import { callTakingRoles, defineRoute } from '../../platform/http/route-definition';
import { addRequestLogFields } from '../../platform/logging/request-log';

export const callRoutes = (calls: CallService) => [
  defineRoute({
    method: 'POST',
    url: '/api/calls',
    summary:
      "Starts an outbound call (you dial the applicant; calls come in through the routing) at the server's clock, about the applicant and appointment named if any. Send its id as X-Call-Id with the call's requests. 409 operator_busy while your call is open.",
    tags: ['calls'],
    access: callTakingRoles,
    body: StartCallBody,
    responses: { 201: Call, 400: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, body, reply }) => {
      const call = await calls.startCall(actor, body);
      addRequestLogFields(reply, { callId: call.id });
      return { status: 201, body: call };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/calls/:id/end',
    summary:
      'Ends your call with a wrap-up code (the line too, if the caller is still on it); `booked` and `rescheduled` need the appointmentId. The outcome names what happened on this call: `booked` an appointment booked on it (X-Call-Id), `rescheduled` one moved on it, `cancelled` one cancelled on it — else 400. A call ends once.',
    tags: ['calls'],
    access: callTakingRoles,
    params: CallParams,
    body: EndCallBody,
    responses: { 200: Call, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body, reply }) => {
      addRequestLogFields(reply, { callId: params.id });
      return { status: 200, body: await calls.endCall(actor, params.id, body) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calls/:id',
    summary: 'One call: your own, or any call for a lead.',
    tags: ['calls'],
    access: callTakingRoles,
    params: CallParams,
    responses: { 200: Call, 403: null, 404: null },
    handler: async ({ actor, params, reply }) => {
      addRequestLogFields(reply, { callId: params.id });
      return { status: 200, body: await calls.readCall(actor, params.id) };
    },
  }),
];
