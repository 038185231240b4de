import { z } from 'zod';
import { Id } from '../common';

/**
 * `POST /api/floor/operators/:userId/sign-out` (leads, admins): every session of that operator or
 * trainee ended — their HTTP calls answer 401 and their consoles' sockets close, on every instance.
 */
export const OperatorSignOut = z.object({
  userId: Id,
  /** How many sessions were open (0: the user was already signed out everywhere). */
  sessionsEnded: z.number().int().nonnegative(),
});
export type OperatorSignOut = z.infer<typeof OperatorSignOut>;
