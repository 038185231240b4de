import {
  CreateWaitlistEntryBody,
  WaitlistEntry,
  WaitlistEntryParams,
  WaitlistList,
  WaitlistListQuery,
  WaitlistSummary,
} from '../../../shared/api/waitlist';
import { allRoles, callTakingRoles, defineRoute, leadRoles } from '../../platform/http/route-definition';
import type { WaitlistService } from './waitlist-service';

/** The waitlist (CONTRACT.md "After the call (v2)"): operators and leads, trainees in their sandbox; admins 403. */
export const waitlistRoutes = (waitlist: WaitlistService) => [
  defineRoute({
    method: 'POST',
    url: '/api/waitlist',
    summary:
      'Puts a caller on the waitlist for a procedure, consulates and consulate-local dates. A seat free now is offered at once; later, each freed seat is held for the first entry waiting for it (WAITLIST_HOLD_MINUTES).',
    tags: ['waitlist'],
    access: callTakingRoles,
    body: CreateWaitlistEntryBody,
    responses: { 201: WaitlistEntry, 400: null, 404: null, 409: null },
    handler: async ({ actor, body }) => ({ status: 201, body: await waitlist.create(actor, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/waitlist',
    summary:
      "An applicant's entries (applicantId), newest first; leads may list a consulate's, procedure's or status's entries instead, in their order on the list (403 for others without applicantId).",
    tags: ['waitlist'],
    // Administrators read a person's entries too (their console shows the record's waitlist).
    access: allRoles,
    query: WaitlistListQuery,
    responses: { 200: WaitlistList, 403: null },
    handler: async ({ actor, query }) => ({
      status: 200,
      body: { items: await waitlist.list(actor, query) },
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/waitlist/summary',
    summary:
      'Leads: per consulate and procedure, entries waiting and offered, and since when the first still waits.',
    tags: ['waitlist'],
    access: leadRoles,
    responses: { 200: WaitlistSummary },
    handler: async ({ actor }) => ({ status: 200, body: await waitlist.summary(actor) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/waitlist/:id',
    summary:
      'One waitlist entry: while `offered`, its held seat (`holdId`, `offeredSlot`) until `offerExpiresAt`.',
    tags: ['waitlist'],
    access: allRoles,
    params: WaitlistEntryParams,
    responses: { 200: WaitlistEntry, 404: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await waitlist.read(actor, params.id) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/waitlist/:id',
    summary:
      'Takes an entry off the list (`cancelled`); an offered seat is released and goes at once to the next waiting entry.',
    tags: ['waitlist'],
    access: callTakingRoles,
    params: WaitlistEntryParams,
    responses: { 204: null, 404: null },
    handler: async ({ actor, params }) => {
      await waitlist.cancel(actor, params.id);
      return { status: 204 };
    },
  }),
];
