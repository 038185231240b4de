import { CallCenterSettings, OutboundList, OutboundListBody } from '../../../shared/api/calls';
import { defineRoute, leadRoles } from '../../platform/http/route-definition';
import type { CallService } from './call-service';

/** The lead's side of calls: the call center's limits and outbound lists. */
export const callCenterRoutes = (calls: CallService) => [
  defineRoute({
    method: 'GET',
    url: '/api/floor/settings',
    summary: "The call center's limits (leads): seconds of wrap-up after a call's line ends (default 120).",
    tags: ['floor', 'leads'],
    access: leadRoles,
    responses: { 200: CallCenterSettings, 403: null },
    handler: async () => ({ status: 200, body: await calls.settings() }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/floor/settings',
    summary:
      'Sets the wrap-up limit (leads, 15–3600 seconds): a call whose wrap-up is not done that long after its line ended is closed by the server and its operator is available again. Audited.',
    tags: ['floor', 'leads'],
    access: leadRoles,
    body: CallCenterSettings,
    responses: { 200: CallCenterSettings, 400: null, 403: null },
    handler: async ({ actor, body }) => ({ status: 200, body: await calls.putSettings(actor, body) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/floor/outbound-lists',
    summary:
      "Turns a closed day's appointments to rebook into outbound calls (leads): one per appointment whose applicant has a phone, waiting in the outbound queue and offered to its operators like any call. Asking again adds only appointments not yet listed; those without a phone are counted, not called.",
    tags: ['floor', 'leads'],
    access: leadRoles,
    body: OutboundListBody,
    responses: { 200: OutboundList, 400: null, 403: null, 404: null },
    handler: async ({ actor, body }) => ({ status: 200, body: await calls.createOutboundList(actor, body) }),
  }),
];
