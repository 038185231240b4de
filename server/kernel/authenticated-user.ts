import type { User } from '../../shared/api/auth';

/** The user behind a session token, and the inventory their requests act on (live or their practice sandbox). */
export interface AuthenticatedUser extends User {
  sandbox: string;
}

/** Turns a bearer token into its user, or null when the session is unknown, ended or expired. */
export type Authenticate = (token: string) => Promise<AuthenticatedUser | null>;
