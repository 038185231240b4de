import {
  LockedAccountList,
  LockedAccountParams,
  LoginBody,
  LoginResponse,
  User,
  type Role,
} from '../../../shared/api/auth';
import type { SessionService } from './session-service';
import { allRoles, defineRoute } from '../../platform/http/route-definition';

/** Who sees locked accounts and unlocks them (an administrator's account: administrators only). */
const lockKeepers: readonly Role[] = ['lead', 'admin'];

export const authRoutes = (sessions: SessionService) => [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Sign in with a username and password; returns an opaque session token.',
    tags: ['auth'],
    access: 'public',
    body: LoginBody,
    responses: { 200: LoginResponse, 401: null, 429: null },
    // `request.ip`: the TCP peer, or the client a proxy named in TRUST_PROXY forwards for.
    handler: async ({ body, reply }) => ({
      status: 200,
      body: await sessions.login(body.username, body.password, reply.request.ip),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'Ends the current session.',
    tags: ['auth'],
    access: allRoles,
    responses: { 204: null },
    handler: async ({ token }) => {
      await sessions.logout(token);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/me',
    summary: 'The signed-in user.',
    tags: ['auth'],
    access: allRoles,
    responses: { 200: User },
    handler: async ({ user }) => ({
      status: 200,
      body: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/locked-accounts',
    summary:
      'Accounts locked after too many failed sign-ins (at least 100 an hour from any addresses), oldest lock first (leads and admins).',
    tags: ['auth', 'leads'],
    access: lockKeepers,
    responses: { 200: LockedAccountList, 403: null },
    handler: async ({ actor }) => ({ status: 200, body: { items: await sessions.lockedAccounts(actor) } }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/auth/locked-accounts/:userId',
    summary:
      "Unlocks an account: its right password signs in again (audited). Leads unlock any account but an administrator's; administrators any.",
    tags: ['auth', 'leads'],
    access: lockKeepers,
    params: LockedAccountParams,
    responses: { 204: null, 400: null, 403: null, 404: null },
    handler: async ({ actor, params }) => {
      await sessions.unlockAccount(actor, params.userId);
      return { status: 204 };
    },
  }),
];
