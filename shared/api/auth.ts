import { z } from 'zod';
import { Id } from './common';

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
