import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Authenticate, AuthenticatedUser } from '../../kernel/authenticated-user';
import { sandboxFor, type Actor } from '../../kernel/actor';
import { addRequestLogFields } from '../logging/request-log';
import { describeZodError } from '../validation/describe-zod-error';
import { sendError } from './http-error';
import { readPracticeMode } from './practice-mode-header';
import { isServiceAccess, type RouteDefinition } from './route-definition';

const CallId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The call a request belongs to (header `X-Call-Id`), recorded in the audit log. */
function callIdOf(request: FastifyRequest): string | null {
  const parsed = CallId.safeParse(request.headers['x-call-id']);
  return parsed.success ? parsed.data : null;
}

const parts = [
  ['params', (r: FastifyRequest) => r.params],
  ['query', (r: FastifyRequest) => r.query],
  ['headers', (r: FastifyRequest) => r.headers],
  ['body', (r: FastifyRequest) => r.body],
] as const;

/**
 * Registers a route: authenticate, check the role, parse every part with its zod schema, then
 * run the handler. Order matters: 401 before 403 before 400.
 */
export function registerRoute(app: FastifyInstance, route: RouteDefinition, authenticate: Authenticate) {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (request, reply) => {
      let user: AuthenticatedUser | null = null;
      const token = bearerToken(request);
      if (isServiceAccess(route.access)) {
        if (!route.access.verify(token))
          return sendError(
            reply,
            'unauthenticated',
            `This route is for the ${route.access.service} side: it needs its bearer token.`,
          );
      } else if (route.access !== 'public') {
        user = token ? await authenticate(token) : null;
        if (!user)
          return sendError(
            reply,
            'unauthenticated',
            'Sign in first: this request needs a valid session token.',
          );
        if (!route.access.includes(user.role))
          return sendError(reply, 'forbidden', 'Your role is not allowed to do this.');
        const practiceMode = readPracticeMode(request, user.role);
        if (!practiceMode.ok) return sendError(reply, practiceMode.code, practiceMode.message);
        if (practiceMode.practice) {
          // The floor, capacity and schedules have no practice copy: a lead's tools act on live data only.
          if (route.access.every((role) => role === 'lead')) {
            return sendError(
              reply,
              'forbidden',
              'Leave practice mode first: the floor, capacity and shift schedules are live, and practice never changes them.',
            );
          }
          user = { ...user, sandbox: sandboxFor(user, true) };
        }
      } else {
        const practiceMode = readPracticeMode(request, null);
        if (!practiceMode.ok) return sendError(reply, practiceMode.code, practiceMode.message);
      }
      // The request's log line says who asked and, during a call (X-Call-Id), which call: ids only.
      if (user) addRequestLogFields(reply, { userId: user.id, callId: callIdOf(request) ?? undefined });
      const parsed: Record<string, unknown> = {};
      for (const [name, read] of parts) {
        const schema = route[name];
        if (!schema) continue;
        const result = schema.safeParse(read(request) ?? (name === 'body' ? undefined : {}));
        if (!result.success) {
          const { message, details } = describeZodError(result.error, name);
          return sendError(reply, 'invalid_request', message, details);
        }
        parsed[name] = result.data;
      }
      const actor: Actor | null = user
        ? { userId: user.id, role: user.role, sandbox: user.sandbox, callId: callIdOf(request) }
        : null;
      const result = await route.handler({
        ...parsed,
        user: user as AuthenticatedUser,
        actor: actor as Actor,
        token: token ?? '',
        reply,
      } as never);
      if (result.headers) reply.headers(result.headers);
      reply.code(result.status);
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  });
}
