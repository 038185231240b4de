import { createHash } from 'node:crypto';

/**
 * A session's stored id: its token's SHA-256 (base64url), as the sessions table keeps it (the token
 * itself is given to the client once and never stored). It also names the session's socket room, so
 * a session can be ended without its token (a lead's sign-out).
 */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');
