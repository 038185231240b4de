import { OperatorParams } from '../../../shared/api/floor/floor';
import { OperatorSignOut } from '../../../shared/api/floor/operator-sign-out';
import type { Role } from '../../../shared/api/auth';
import type { Actor } from '../../kernel/actor';
import { defineRoute } from '../../platform/http/route-definition';

/** Leads sign out operators and trainees; administrators leads too. */
const signOutRoles: readonly Role[] = ['lead', 'admin'];

/**
 * `POST /api/floor/operators/:userId/sign-out`: the lead's "Sign out" on an operator's row. The
 * sessions themselves are the auth module's (handed in by the composition root).
 */
export const operatorSignOutRoutes = (
  signOut: (actor: Actor, userId: string) => Promise<OperatorSignOut>,
) => [
  defineRoute({
    method: 'POST',
    url: '/api/floor/operators/:userId/sign-out',
    summary:
      "Signs an operator or trainee out everywhere (leads; administrators also leads): every session of theirs ends, so their requests answer 401 and their consoles' sockets close within a second, on every instance. Audited (`auth.user_signed_out`). Refused in practice mode.",
    tags: ['floor', 'leads'],
    access: signOutRoles,
    params: OperatorParams,
    responses: { 200: OperatorSignOut, 403: null, 404: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await signOut(actor, params.userId) }),
  }),
];
