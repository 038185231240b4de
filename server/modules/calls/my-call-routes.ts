import { MyCall, UpdateMyCallBody } from '../../../shared/api/routing';
import { callTakingRoles, defineRoute } from '../../platform/http/route-definition';
import { addRequestLogFields } from '../../platform/logging/request-log';
import type { CallService } from './call-service';

export const myCallRoutes = (calls: CallService) => [
  defineRoute({
    method: 'GET',
    url: '/api/me/call',
    summary:
      'Your current call (connected, or the line ended and the wrap-up open) with everything chosen so far: the caller, applicant, procedure, consulate, live hold and the wrap-up deadline; 204 when you have none. A console that reloads takes its call back from here.',
    tags: ['calls'],
    access: callTakingRoles,
    responses: { 200: MyCall, 204: null, 403: null },
    handler: async ({ actor, reply }) => {
      const call = await calls.readMyCall(actor);
      if (call) addRequestLogFields(reply, { callId: call.callId });
      return call ? { status: 200, body: call } : { status: 204 };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/me/call',
    summary:
      'What your current call is about so far (applicantId, procedureId, consulateId; null clears), kept for a console that reloads. 404 when you have no call or one of them is unknown.',
    tags: ['calls'],
    access: callTakingRoles,
    body: UpdateMyCallBody,
    responses: { 200: MyCall, 400: null, 403: null, 404: null },
    handler: async ({ actor, body, reply }) => {
      const call = await calls.updateMyCall(actor, body);
      addRequestLogFields(reply, { callId: call.callId });
      return { status: 200, body: call };
    },
  }),
];
