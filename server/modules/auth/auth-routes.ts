import { LoginBody, LoginResponse, User } from '../../../shared/api/auth';
import type { SessionService } from './session-service';
import { allRoles, defineRoute } from '../../platform/http/route-definition';

export const authRoutes = (sessions: SessionService) => [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Sign in with a username and password; returns an opaque session token.',
    tags: ['auth'],
    access: 'public',
    body: LoginBody,
    responses: { 200: LoginResponse, 401: null, 429: null },
    handler: async ({ body }) => ({ status: 200, body: await sessions.login(body.username, body.password) }),
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
];
