/** One room per sandbox and consulate: practice events never reach the live room. */
export const slotRoom = (sandbox: string, consulateId: string) => `slots:${sandbox}:${consulateId}`;
/** Every console of one user: their status and reassignment notices. */
export const userRoom = (userId: string) => `user:${userId}`;
/** Leads watching the floor (`floor:subscribe`). */
export const FLOOR_ROOM = 'floor';
/**
 * Every socket of one session, named by the session's stored id (its token's hash, never the token):
 * a sign-out, a lead's sign-out and an expiry find the sockets on every instance without the token.
 */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
