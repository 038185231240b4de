import { z } from 'zod';
import { Id, Instant } from './common';

export const roles = ['operator', 'lead', 'trainee', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.strictObject({
  username: z.string().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z.object({ id: Id, username: z.string(), displayName: z.string(), role: Role });
export type User = z.infer<typeof User>;

export const LoginResponse = z.object({ token: z.string(), user: User, expiresAt: z.string() });
export type LoginResponse = z.infer<typeof LoginResponse>;

/**
 * An account locked after too many failed sign-ins (at least 100 an hour, from any addresses): it
 * answers 429 `rate_limited` even to the right password until a lead or an administrator unlocks
 * it. `unlockableBy`: the roles that may lift the lock (an administrator's only by an administrator).
 */
export const LockedAccount = z.object({
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  lockedAt: Instant,
  /** Failed sign-ins counted in the hour before the lock. */
  failures: z.number().int().positive(),
  unlockableBy: z.array(Role),
});
export type LockedAccount = z.infer<typeof LockedAccount>;

export const LockedAccountList = z.object({ items: z.array(LockedAccount) });
export type LockedAccountList = z.infer<typeof LockedAccountList>;

export const LockedAccountParams = z.strictObject({ userId: Id });
export type LockedAccountParams = z.infer<typeof LockedAccountParams>;

/** Who may lift a lock on an account of `role`: leads and administrators, an administrator's only by an administrator. */
export const rolesThatUnlock = (role: Role): Role[] => (role === 'admin' ? ['admin'] : ['lead', 'admin']);
