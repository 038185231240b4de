import {
  MyCall,
  OfferParams,
  ReceiveCallBody,
  RoutedCall,
  RoutedCallParams,
} from '../../../shared/api/routing';
import { callTakingRoles, defineRoute, type ServiceAccess } from '../../platform/http/route-definition';
import { addRequestLogFields } from '../../platform/logging/request-log';
import type { RoutingService } from './routing-service';

/** The telephony side's routes (its bearer token) and the operators' answers to offers. */
export const routingRoutes = (routing: RoutingService, telephony: ServiceAccess) => [
  defineRoute({
    method: 'POST',
    url: '/api/telephony/calls',
    summary:
      'A call arrives (the telephony side, with TELEPHONY_TOKEN): it waits in its queue (named, or chosen by the routing rules from ivrChoice or to). The same providerCallId again answers the same call (200) and creates nothing.',
    tags: ['telephony'],
    access: telephony,
    body: ReceiveCallBody,
    responses: { 200: RoutedCall, 201: RoutedCall },
    handler: async ({ body, reply }) => {
      const { call, created } = await routing.receiveCall(body);
      addRequestLogFields(reply, { callId: call.id });
      return { status: created ? 201 : 200, body: call };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/telephony/calls/:id/hangup',
    summary:
      'The caller hung up: a waiting or offered call is abandoned, a connected one ended (its operator goes to the wrap-up). A call already over answers as it is.',
    tags: ['telephony'],
    access: telephony,
    params: RoutedCallParams,
    responses: { 200: RoutedCall, 404: null },
    handler: async ({ params, reply }) => {
      addRequestLogFields(reply, { callId: params.id });
      return { status: 200, body: await routing.hangUp(params.id) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/offers/:offerId/accept',
    summary:
      'Answers the call offered to you: you are on it (on_call) and the caller is connected. 409 offer_expired once the offer was withdrawn; 409 operator_busy while you are on another call.',
    tags: ['calls'],
    access: callTakingRoles,
    params: OfferParams,
    responses: { 200: MyCall, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, reply }) => {
      const call = await routing.acceptOffer(actor, params.offerId);
      addRequestLogFields(reply, { callId: call.callId });
      return { status: 200, body: call };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/offers/:offerId/reject',
    summary: 'Turns down the call offered to you: it goes to the next operator.',
    tags: ['calls'],
    access: callTakingRoles,
    params: OfferParams,
    responses: { 204: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, params }) => {
      await routing.rejectOffer(actor, params.offerId);
      return { status: 204 };
    },
  }),
];
