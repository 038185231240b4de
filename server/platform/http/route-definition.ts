import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Role } from '../../../shared/api/auth';
import type { AuthenticatedUser } from '../../kernel/authenticated-user';
import type { Actor } from '../../kernel/actor';

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/**
 * A program rather than a person (the telephony side): a bearer token the owning module checks (in
 * constant time). No user, no role; a missing or wrong token answers 401 `unauthenticated`.
 */
export interface ServiceAccess {
  /** Who calls, for the API document (`telephony`). */
  service: string;
  verify(token: string | null): boolean;
}

export const isServiceAccess = (access: RouteDefinition['access']): access is ServiceAccess =>
  typeof access === 'object' && 'service' in access;

export interface RouteContext<B, Q, P, H> {
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  headers: Out<H>;
  /** Present on every route but the public ones and the services'. */
  user: AuthenticatedUser;
  actor: Actor;
  token: string;
  reply: FastifyReply;
}

/** The answer of a handler: a status and a body that matches the route's response schema. */
export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string> };

export interface RouteDefinition<
  B extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
  H extends Schema | undefined = Schema | undefined,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  url: string;
  summary: string;
  tags: string[];
  /** `public` routes need no token; a service's check its own token; otherwise the roles allowed. */
  access: 'public' | readonly Role[] | ServiceAccess;
  body?: B;
  query?: Q;
  params?: P;
  headers?: H;
  responses: Record<number, Schema | null>;
  handler(ctx: RouteContext<B, Q, P, H>): Promise<RouteResult>;
}

export const allRoles: readonly Role[] = ['operator', 'lead', 'trainee', 'admin'];
/** CONTRACT.md: lead routes answer 403 to every other role. */
export const leadRoles: readonly Role[] = ['lead'];
/** The roles that take phone calls (admins configure, they do not answer the phone). */
export const callTakingRoles: readonly Role[] = ['operator', 'lead', 'trainee'];

/** Keeps the handler's types tied to its schemas. */
export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  H extends Schema | undefined = undefined,
>(route: RouteDefinition<B, Q, P, H>): RouteDefinition {
  return route as unknown as RouteDefinition;
}
